package org.refunddesk.ui.task;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs each task at once on the calling thread: for tests of view models (no toolkit needed) and for
 * code that must be deterministic. {@link #running()} is always empty after {@code execute} returns.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private int executed;

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        executed++;
        task.running();
        T result;
        try {
            result = task.call(BackgroundTask.Progress.NONE);
        } catch (Exception | Error e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }

    @Override
    public ObservableList<RunningTask> running() {
        return running;
    }

    /** How many tasks ran: lets a test check that work went through the executor. */
    public int executedCount() {
        return executed;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}

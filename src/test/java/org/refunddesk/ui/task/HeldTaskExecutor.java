package org.refunddesk.ui.task;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Holds every task until the test lets them run ({@link #runAll}, on the calling thread): lets a UI test look at
 * a view while its data is still being read.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final List<BackgroundTask<?>> held = new ArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        held.add(task);
        task.running();
    }

    /** Runs the held tasks (and any they start) to the end, callbacks included. */
    public void runAll() {
        while (!held.isEmpty()) {
            run(held.remove(0));
        }
    }

    /**
     * Runs the held tasks (and any they start) except the reads of every case, which stay held: the state of a view
     * while a big store's reading is still under way and quick work beside it (a count) has arrived.
     */
    public void runAllButReadsOfEveryCase() {
        List<BackgroundTask<?>> kept = new ArrayList<>();
        while (!held.isEmpty()) {
            BackgroundTask<?> next = held.remove(0);
            if (next.isReadOfEveryCase()) {
                kept.add(next);
            } else {
                run(next);
            }
        }
        held.addAll(kept);
    }

    public int heldCount() {
        return held.size();
    }

    private static <T> void run(BackgroundTask<T> task) {
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

    @Override
    public void shutdown() {
        held.clear();
    }
}

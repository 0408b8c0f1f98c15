package org.refunddesk.ui.task;

import javafx.collections.ObservableList;

/**
 * Runs {@link BackgroundTask}s off the FX thread. The app uses {@link FxTaskExecutor}; tests of view
 * models use {@link CurrentThreadTaskExecutor} so asynchronous code becomes deterministic.
 */
public interface TaskExecutor {

    /** Starts the task; its callbacks run on the FX thread (or the caller's thread, in tests). */
    <T> void execute(BackgroundTask<T> task);

    /** The tasks running now, updated on the FX thread; the status bar shows them. */
    ObservableList<RunningTask> running();

    /** Stops accepting work and interrupts what runs; called when the app closes. */
    void shutdown();
}

package org.refunddesk.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs tasks as {@link javafx.concurrent.Task}s on a small pool of daemon threads, so an open task
 * never keeps the JVM alive after the window closes. Callbacks run on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    /** Reads of every case, one at a time ({@link BackgroundTask#readsEveryCase}). */
    private final ExecutorService everyCaseReads = Executors.newSingleThreadExecutor(daemonThreads("refunddesk-reads-"));
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();

    public FxTaskExecutor(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads("refunddesk-task-"));
    }

    public FxTaskExecutor() {
        this(2);
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        FxTask<T> fxTask = new FxTask<>(task);
        fxTask.setOnRunning(e -> task.running());
        fxTask.setOnSucceeded(e -> {
            running.remove(fxTask);
            task.succeeded(fxTask.getValue());
        });
        fxTask.setOnFailed(e -> {
            running.remove(fxTask);
            task.failed(fxTask.getException());
        });
        fxTask.setOnCancelled(e -> running.remove(fxTask));
        // The list is only touched on the FX thread, so the status bar can bind to it directly.
        runOnFxThread(() -> {
            if (pool.isShutdown()) {
                return; // the window is closing: work asked for now (a timer, a late reload) has no one to show it to
            }
            running.add(fxTask);
            (task.isReadOfEveryCase() ? everyCaseReads : pool).execute(fxTask);
        });
    }

    @Override
    public ObservableList<RunningTask> running() {
        return running;
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
        everyCaseReads.shutdownNow();
    }

    private static void runOnFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The JavaFX task around one background task; Task's own progress and message properties
     * fulfil {@link RunningTask}.
     */
    private static final class FxTask<T> extends Task<T> implements RunningTask {
        private final BackgroundTask<T> task;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
        }

        @Override
        protected T call() throws Exception {
            return task.call(new BackgroundTask.Progress() {
                @Override
                public void update(long done, long total) {
                    updateProgress(done, total);
                }

                @Override
                public void message(String message) {
                    updateMessage(message);
                }
            });
        }

        @Override
        public String title() {
            return task.title();
        }
    }
}

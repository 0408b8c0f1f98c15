package org.refunddesk.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}, with callbacks that run on the caller's thread (the FX
 * thread in the app). Heavy work belongs in {@link Work#call}, never in a callback.
 *
 * <pre>{@code
 * BackgroundTask.of(messages.get("cases.task.loading"), progress -> repository.list())
 *         .onSuccess(rows::setAll)
 *         .onFailure(e -> dialogs.error(title, e.getMessage()))
 *         .executeWith(services.tasks());
 * }</pre>
 */
public final class BackgroundTask<T> {

    /** The work itself; runs on a worker thread and may report progress. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** How work reports how far it is; safe to call from the worker thread. */
    public interface Progress {
        void update(long done, long total);

        void message(String message);

        Progress NONE = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String message) {
            }
        };
    }

    private final String title;
    private final Work<T> work;
    private Runnable onRunning = () -> { };
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };
    private boolean readsEveryCase;

    private BackgroundTask(String title, Work<T> work) {
        this.title = title == null ? "" : title;
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A task whose title is shown beside the status-bar progress bar. */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Runs after success or failure, e.g. to re-enable a button. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Marks a read of every case (or most): the app runs such reads one after another, never side by side. At start
     * the list's and Home's reads of 100,000 cases ran together on two cores beside the JIT and the collector, and
     * both came later than one after the other (issue 14). Other work (a save, opening a case) does not wait for them.
     */
    public BackgroundTask<T> readsEveryCase() {
        this.readsEveryCase = true;
        return this;
    }

    public boolean isReadOfEveryCase() {
        return readsEveryCase;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    public String title() {
        return title;
    }

    // The executors drive the life cycle through these.

    T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    void running() {
        onRunning.run();
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }
}

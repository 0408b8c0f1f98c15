package org.refunddesk.ui.team;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay, off the FX thread; tests replace it with one they advance by hand. */
public interface RetryScheduler {
    /** A scheduled task that has not run yet can be cancelled. */
    interface Cancellable {
        void cancel();
    }

    Cancellable schedule(Duration delay, Runnable task);

    /** One daemon thread: probes never overlap and never keep the app from exiting. */
    static RetryScheduler daemon(String name) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        return (delay, task) -> {
            ScheduledFuture<?> future = executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}

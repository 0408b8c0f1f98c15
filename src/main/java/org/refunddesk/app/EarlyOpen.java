package org.refunddesk.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work started while JavaFX is still starting its toolkit (issue 14: opening the store took its turn after the first
 * frame; on a second core it overlaps the toolkit's start), taken once by whoever needs its result. A failure is
 * rethrown as it was, so the caller says it as if it had done the work itself.
 */
final class EarlyOpen<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private EarlyOpen() {
    }

    /** Starts {@code work} now on its own thread. */
    static <T> EarlyOpen<T> begin(String name, Callable<T> work) {
        EarlyOpen<T> early = new EarlyOpen<>();
        Thread thread = new Thread(() -> {
            try {
                early.result.complete(work.call());
            } catch (Throwable e) {
                early.result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    /** True the first time only: the result goes to one caller. */
    boolean take() {
        return taken.compareAndSet(false, true);
    }

    /** Waits for the work; its exception is thrown unchanged. */
    T await() throws Exception {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}

package org.refunddesk.ui.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Watches the team server: probes at start, retries with {@link Backoff} while it is unreachable, and while
 * connected validates every {@code validationInterval} so a connection dropped while idle (laptop asleep, NAT
 * timeout) is found before the next save instead of that save freezing. A save that fails on the connection
 * reports it with {@link #reportFailure}. Listeners are told on the probing thread.
 */
public final class ServerConnectionMonitor {
    private final ConnectionProbe probe;
    private final RetryScheduler scheduler;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration validationInterval;
    private final List<Consumer<ConnectionState>> listeners = new CopyOnWriteArrayList<>();
    private ConnectionState state = ConnectionState.UNKNOWN;
    private int failures;
    private RetryScheduler.Cancellable next;
    /** Bumped when an attempt is rescheduled, so a superseded task that still runs does nothing. */
    private long generation;

    public ServerConnectionMonitor(ConnectionProbe probe, RetryScheduler scheduler, Clock clock, Backoff backoff,
                                   Duration validationInterval) {
        this.probe = probe;
        this.scheduler = scheduler;
        this.clock = clock;
        this.backoff = backoff;
        this.validationInterval = validationInterval;
    }

    public void addListener(Consumer<ConnectionState> listener) {
        listeners.add(listener);
    }

    public synchronized ConnectionState state() {
        return state;
    }

    /** The first probe, at once. */
    public void start() {
        retryNow();
    }

    /** "Retry now": the waiting retry is dropped and an attempt made at once. */
    public synchronized void retryNow() {
        if (!state.connected()) {
            publish(new ConnectionState(false, state.unreachableSince(), clock.instant(), true, state.problem()));
        }
        plan(Duration.ZERO);
    }

    /** A save or read failed because of the connection: unreachable from now, retries begin. */
    public void reportFailure(Throwable problem) {
        long current;
        synchronized (this) {
            current = generation;
        }
        failed(current, problem);
    }

    public synchronized void stop() {
        generation++;
        if (next != null) {
            next.cancel();
        }
    }

    private void plan(Duration delay) {
        generation++;
        long planned = generation;
        if (next != null) {
            next.cancel();
        }
        next = scheduler.schedule(delay, () -> attempt(planned));
    }

    private void attempt(long planned) {
        synchronized (this) {
            if (planned != generation) {
                return;
            }
        }
        try {
            probe.check();
        } catch (Exception | LinkageError e) {
            failed(planned, e);
            return;
        }
        synchronized (this) {
            if (planned != generation) {
                return;
            }
            failures = 0;
            publish(ConnectionState.up());
            plan(validationInterval);
        }
    }

    private void failed(long planned, Throwable problem) {
        synchronized (this) {
            if (planned != generation) {
                return;
            }
            failures++;
            Instant now = clock.instant();
            Duration wait = backoff.delay(failures);
            Instant since = state.connected() || state.unreachableSince() == null ? now : state.unreachableSince();
            publish(new ConnectionState(false, since, now.plus(wait), false, String.valueOf(problem.getMessage())));
            plan(wait);
        }
    }

    private void publish(ConnectionState newState) {
        state = newState;
        listeners.forEach(l -> l.accept(newState));
    }
}

package org.refunddesk.ui.team;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.refunddesk.testsupport.MutableClock;

/** A {@link RetryScheduler} on a hand-moved clock: tasks run when the test advances time past them. */
final class ManualScheduler implements RetryScheduler {
    private final MutableClock clock;
    private final List<Planned> planned = new ArrayList<>();

    private record Planned(Instant due, Runnable task, boolean[] cancelled) {
    }

    ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        planned.add(new Planned(clock.instant().plus(delay), task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves the clock on and runs, in time order, every task due by then (including ones they plan). */
    void advance(Duration by) {
        Instant until = clock.instant().plus(by);
        while (true) {
            Planned next;
            synchronized (this) {
                planned.removeIf(p -> p.cancelled()[0]);
                next = planned.stream().filter(p -> !p.due().isAfter(until))
                        .min(Comparator.comparing(Planned::due)).orElse(null);
                if (next == null) {
                    break;
                }
                planned.remove(next);
            }
            if (next.due().isAfter(clock.instant())) {
                clock.set(next.due());
            }
            next.task().run();
        }
        clock.set(until);
    }

    /** Runs what is due now. */
    void runDue() {
        advance(Duration.ZERO);
    }

    synchronized List<Duration> waits() {
        planned.removeIf(p -> p.cancelled()[0]);
        return planned.stream().map(p -> Duration.between(clock.instant(), p.due())).toList();
    }
}

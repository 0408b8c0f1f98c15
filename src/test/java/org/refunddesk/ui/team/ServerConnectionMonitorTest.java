package org.refunddesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.refunddesk.testsupport.MutableClock;

/** Backoff, jitter, cap, validation while idle, on a hand-moved clock (no sleeping, no timing assertions). */
class ServerConnectionMonitorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private boolean up;
    private int probes;
    private final ConnectionProbe probe = () -> {
        probes++;
        if (!up) {
            throw new java.net.ConnectException("Connection refused");
        }
    };

    private ServerConnectionMonitor monitor(Backoff backoff) {
        return new ServerConnectionMonitor(probe, scheduler, clock, backoff, Duration.ofSeconds(30));
    }

    @Test
    void retriesDoubleUpToTheCapAndRememberSinceWhen() {
        ServerConnectionMonitor monitor = monitor(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60), 0,
                new Random(1)));
        monitor.start();
        scheduler.runDue();
        Instant since = clock.instant();
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            waits.add(scheduler.waits().get(0));
            assertThat(monitor.state().unreachableSince()).isEqualTo(since);
            assertThat(monitor.state().connected()).isFalse();
            scheduler.advance(waits.get(i));
        }
        assertThat(waits).extracting(Duration::getSeconds).containsExactly(2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);

        up = true;
        scheduler.advance(Duration.ofSeconds(60));
        assertThat(monitor.state().connected()).isTrue();
        assertThat(scheduler.waits()).containsExactly(Duration.ofSeconds(30)); // the idle validation
    }

    @Test
    void jitterSpreadsRetriesWithinItsBoundsAndNeverPastTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60), 0.2, new Random(16));
        for (int failures = 1; failures <= 12; failures++) {
            long plain = Math.min(60_000, 2_000L << Math.min(failures - 1, 20));
            for (int i = 0; i < 50; i++) {
                long ms = backoff.delay(failures).toMillis();
                assertThat(ms).isBetween(Math.round(plain * 0.8), Math.min(60_000, Math.round(plain * 1.2)));
            }
        }
    }

    @Test
    void aConnectionDroppedWhileIdleIsFoundByTheValidationProbe() {
        up = true;
        ServerConnectionMonitor monitor = monitor(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60), 0,
                new Random(1)));
        monitor.start();
        scheduler.runDue();
        assertThat(monitor.state().connected()).isTrue();
        scheduler.advance(Duration.ofSeconds(90));
        assertThat(monitor.state().connected()).isTrue();
        int before = probes;

        up = false; // the laptop slept, the server dropped the session
        scheduler.advance(Duration.ofSeconds(30));

        assertThat(probes).isEqualTo(before + 1);
        assertThat(monitor.state().connected()).isFalse();
        assertThat(monitor.state().nextAttempt()).isEqualTo(clock.instant().plusSeconds(2));
    }

    @Test
    void aFailedSaveMakesItUnreachableAtOnceAndRetryNowSkipsTheWait() {
        up = true;
        ServerConnectionMonitor monitor = monitor(new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60), 0,
                new Random(1)));
        monitor.start();
        scheduler.runDue();
        up = false;
        monitor.reportFailure(new java.net.SocketTimeoutException("read timed out"));
        assertThat(monitor.state().connected()).isFalse();
        assertThat(monitor.state().unreachableSince()).isEqualTo(clock.instant());

        up = true;
        monitor.retryNow();
        assertThat(monitor.state().checking()).isTrue();
        scheduler.runDue();
        assertThat(monitor.state().connected()).isTrue();
        assertThat(scheduler.waits()).containsExactly(Duration.ofSeconds(30)); // the old retry was dropped
    }
}

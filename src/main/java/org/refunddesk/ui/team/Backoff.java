package org.refunddesk.ui.team;

import java.time.Duration;
import java.util.Random;

/**
 * Waits between reconnection attempts: doubling from {@code first} up to {@code cap}, each spread by up to
 * ±{@code jitter} (a fraction) so a group's laptops do not all knock at the server in the same second.
 */
public record Backoff(Duration first, Duration cap, double jitter, Random random) {
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60), 0.2, new Random());
    }

    /** The wait after the {@code failures}-th failure in a row (1 = the first). */
    public Duration delay(int failures) {
        long base = first.toMillis();
        for (int i = 1; i < failures && base < cap.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, cap.toMillis());
        double spread = jitter == 0 ? 1 : 1 + jitter * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.min(cap.toMillis(), Math.max(1, Math.round(base * spread))));
    }
}

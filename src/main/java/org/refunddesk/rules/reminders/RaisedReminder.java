package org.refunddesk.rules.reminders;

import java.time.Duration;
import java.util.Objects;

/**
 * A (deadline key, lead) pair that was already raised. Lead {@link #MISSED} marks "reported as missed".
 */
public record RaisedReminder(String deadlineKey, Duration lead) {
    public static final Duration MISSED = Duration.ZERO;

    public RaisedReminder {
        Objects.requireNonNull(deadlineKey, "deadlineKey");
        Objects.requireNonNull(lead, "lead");
    }
}

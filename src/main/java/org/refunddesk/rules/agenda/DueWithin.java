package org.refunddesk.rules.agenda;

import java.time.Duration;
import java.util.Optional;

/** The agenda's horizon filter: everything, or only what falls due within 24 hours, 3 days or 7 days. */
public enum DueWithin {
    ANY(null), HOURS_24(Duration.ofHours(24)), DAYS_3(Duration.ofDays(3)), DAYS_7(Duration.ofDays(7));

    private final Duration span;

    DueWithin(Duration span) {
        this.span = span;
    }

    public Optional<Duration> span() {
        return Optional.ofNullable(span);
    }
}

package org.refunddesk.rules.reminders;

import java.time.Duration;
import java.time.Instant;

/** A warning to show now: this deadline is due within {@code lead}; {@code remaining} is the time left. */
public record Reminder(CaseDeadline item, Duration lead, Duration remaining) {
    public Instant dueAt() {
        return item.deadline().dueAt();
    }
}

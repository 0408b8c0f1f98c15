package org.refunddesk.rules.reminders;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One check of all deadlines against the clock: asks {@link DeadlineReminder} what to raise, and records it
 * in the {@link ReminderLog} before handing it back, so a warning is raised once even across restarts.
 * Runs off the FX thread (it reads the store); the UI only shows the result.
 */
public final class DeadlineWatch {
    private final Supplier<List<CaseDeadline>> deadlines;
    private final ReminderLog log;
    private final Clock clock;
    private volatile DeadlineReminder reminder;

    public DeadlineWatch(Supplier<List<CaseDeadline>> deadlines, ReminderLog log, DeadlineReminder reminder,
                         Clock clock) {
        this.deadlines = Objects.requireNonNull(deadlines);
        this.log = Objects.requireNonNull(log);
        this.reminder = Objects.requireNonNull(reminder);
        this.clock = Objects.requireNonNull(clock);
    }

    /** New lead times from the settings apply from the next check on. */
    public void setReminder(DeadlineReminder newReminder) {
        this.reminder = Objects.requireNonNull(newReminder);
    }

    public synchronized ReminderCheck checkNow() {
        ReminderCheck check = reminder.check(deadlines.get(), clock.instant(), log.raised());
        if (!check.toRecord().isEmpty()) {
            log.record(check.toRecord(), clock.instant());
        }
        return check;
    }
}

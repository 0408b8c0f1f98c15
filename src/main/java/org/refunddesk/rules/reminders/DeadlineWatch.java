package org.refunddesk.rules.reminders;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One check of all deadlines against the clock: asks {@link DeadlineReminder} what to raise, and records it
 * in the {@link ReminderLog} before handing it back, so a warning is raised once even across restarts.
 * Runs off the FX thread (it reads the store); the UI only shows the result.
 */
public final class DeadlineWatch {
    /** The deadlines to check, given how far ahead the lead times reach (later ones may be left out). */
    private final Function<Duration, List<CaseDeadline>> deadlines;
    private final ReminderLog log;
    private final Clock clock;
    private volatile DeadlineReminder reminder;

    public DeadlineWatch(Supplier<List<CaseDeadline>> deadlines, ReminderLog log, DeadlineReminder reminder,
                         Clock clock) {
        this((Function<Duration, List<CaseDeadline>>) horizon -> deadlines.get(), log, reminder, clock);
        Objects.requireNonNull(deadlines);
    }

    /**
     * A watch that asks only for what can raise something now.
     * @param deadlines given the longest lead time, at least every missed deadline and every one due within that
     *                  time from now, each with all dated deadlines of its case (what the missed advice reads)
     */
    public static DeadlineWatch upToHorizon(Function<Duration, List<CaseDeadline>> deadlines, ReminderLog log,
                                            DeadlineReminder reminder, Clock clock) {
        return new DeadlineWatch(deadlines, log, reminder, clock);
    }

    private DeadlineWatch(Function<Duration, List<CaseDeadline>> deadlines, ReminderLog log, DeadlineReminder reminder,
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
        DeadlineReminder current = reminder;
        ReminderCheck check = current.check(deadlines.apply(current.horizon()), clock.instant(), log.raised());
        if (!check.toRecord().isEmpty()) {
            log.record(check.toRecord(), clock.instant());
        }
        return check;
    }
}

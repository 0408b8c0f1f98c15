package org.refunddesk.rules.reminders;

import java.util.List;

/**
 * What one check found: warnings to show (at most one per deadline), deadlines newly found missed
 * (to show together in one summary), and every pair to record as raised so no restart repeats them.
 */
public record ReminderCheck(List<Reminder> warnings, List<CaseDeadline> missed, List<RaisedReminder> toRecord) {
    public ReminderCheck {
        warnings = List.copyOf(warnings);
        missed = List.copyOf(missed);
        toRecord = List.copyOf(toRecord);
    }

    public boolean isEmpty() {
        return warnings.isEmpty() && missed.isEmpty();
    }
}

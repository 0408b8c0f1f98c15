package org.refunddesk.rules.reminders;

import java.util.List;

/**
 * What one check found: warnings to show (at most one per deadline), deadlines newly found missed
 * (to show together in one summary), every pair to record as raised so no restart repeats them, and all
 * the deadlines the check looked at (for the "what can still be done" advice).
 */
public record ReminderCheck(List<Reminder> warnings, List<CaseDeadline> missed, List<RaisedReminder> toRecord,
                            List<CaseDeadline> considered) {
    public ReminderCheck {
        considered = List.copyOf(considered);
        warnings = List.copyOf(warnings);
        missed = List.copyOf(missed);
        toRecord = List.copyOf(toRecord);
    }

    public boolean isEmpty() {
        return warnings.isEmpty() && missed.isEmpty();
    }
}

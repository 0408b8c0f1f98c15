package org.refunddesk.rules.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.refunddesk.domain.DeadlineState;

/**
 * Decides which deadline warnings to raise at "now", exactly once per deadline and lead time.
 * Pure: the caller passes the deadlines, "now" and the pairs already raised, and records {@code toRecord}.
 * <p>
 * When several leads of one deadline were crossed since the last check (the app was closed), only the
 * most urgent is shown and the others are recorded silently: one deadline never pops up twice at once.
 */
public final class DeadlineReminder {
    private final ReminderPolicy policy;
    private final RuleClockKinds clockKinds;

    public DeadlineReminder(ReminderPolicy policy, RuleClockKinds clockKinds) {
        this.policy = Objects.requireNonNull(policy);
        this.clockKinds = Objects.requireNonNull(clockKinds);
    }

    /** How far ahead a warning can be raised: the longest lead time (a later deadline raises nothing yet). */
    public Duration horizon() {
        Duration longest = Duration.ZERO;
        for (Duration lead : policy.hourLeads()) {
            longest = lead.compareTo(longest) > 0 ? lead : longest;
        }
        for (Duration lead : policy.dayLeads()) {
            longest = lead.compareTo(longest) > 0 ? lead : longest;
        }
        return longest;
    }

    public ReminderCheck check(List<CaseDeadline> deadlines, Instant now, Set<RaisedReminder> alreadyRaised) {
        List<Reminder> warnings = new ArrayList<>();
        List<CaseDeadline> missed = new ArrayList<>();
        List<RaisedReminder> toRecord = new ArrayList<>();
        for (CaseDeadline item : deadlines) {
            Instant due = item.deadline().dueAt();
            if (due == null || item.deadline().state() == DeadlineState.MET) {
                continue;
            }
            String key = item.key();
            if (!due.isAfter(now)) {
                RaisedReminder pair = new RaisedReminder(key, RaisedReminder.MISSED);
                if (!alreadyRaised.contains(pair)) {
                    missed.add(item);
                    toRecord.add(pair);
                }
                continue;
            }
            Duration remaining = Duration.between(now, due);
            Duration mostUrgent = null;
            for (Duration lead : policy.leadsFor(clockKinds.of(item.deadline()))) {
                RaisedReminder pair = new RaisedReminder(key, lead);
                if (remaining.compareTo(lead) <= 0 && !alreadyRaised.contains(pair)) {
                    toRecord.add(pair);
                    mostUrgent = lead; // leads run longest first, so the last crossed one is the most urgent
                }
            }
            if (mostUrgent != null) {
                warnings.add(new Reminder(item, mostUrgent, remaining));
            }
        }
        warnings.sort(Comparator.comparing(Reminder::dueAt));
        missed.sort(Comparator.comparing(c -> c.deadline().dueAt()));
        return new ReminderCheck(warnings, missed, toRecord, deadlines);
    }
}

package org.refunddesk.rules.reminders;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Where raised (deadline, lead) pairs are remembered, so that a restart does not raise them again. */
public interface ReminderLog {
    Set<RaisedReminder> raised();

    /** Records the pairs in one write; recording a pair again changes nothing that matters. */
    void record(Collection<RaisedReminder> pairs, Instant raisedAt);
}

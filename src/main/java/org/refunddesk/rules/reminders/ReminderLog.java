package org.refunddesk.rules.reminders;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Where raised (deadline, lead) pairs are remembered, so that a restart does not raise them again. */
public interface ReminderLog {
    Set<RaisedReminder> raised();

    /** Records the pairs in one write; pairs already recorded are ignored. */
    void record(Collection<RaisedReminder> pairs, Instant raisedAt);
}

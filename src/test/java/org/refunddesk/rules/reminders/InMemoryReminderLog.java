package org.refunddesk.rules.reminders;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** A reminder log kept in memory, shared by "restarts" in a test. */
public final class InMemoryReminderLog implements ReminderLog {
    final Set<RaisedReminder> pairs = new HashSet<>();
    int writes;

    @Override
    public Set<RaisedReminder> raised() {
        return Set.copyOf(pairs);
    }

    @Override
    public void record(Collection<RaisedReminder> newPairs, Instant raisedAt) {
        writes++;
        pairs.addAll(newPairs);
    }
}

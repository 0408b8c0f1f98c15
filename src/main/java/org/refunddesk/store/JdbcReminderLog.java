package org.refunddesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.refunddesk.rules.reminders.RaisedReminder;
import org.refunddesk.rules.reminders.ReminderLog;

/** The raised deadline warnings, in table {@code raised_notifications} (migration V4). */
public final class JdbcReminderLog implements ReminderLog {
    private final Database database;

    public JdbcReminderLog(Database database) {
        this.database = database;
    }

    @Override
    public Set<RaisedReminder> raised() {
        return database.inTransaction(c -> {
            Set<RaisedReminder> pairs = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT deadline_key, lead_seconds FROM raised_notifications");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new RaisedReminder(rs.getString(1), Duration.ofSeconds(rs.getLong(2))));
                }
            }
            return pairs;
        });
    }

    @Override
    public void record(Collection<RaisedReminder> pairs, Instant raisedAt) {
        if (pairs.isEmpty()) {
            return;
        }
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(Dialect.of(c).upsert(
                    "raised_notifications", "deadline_key, lead_seconds, raised_at", "deadline_key, lead_seconds"))) {
                for (RaisedReminder pair : pairs) {
                    ps.setString(1, pair.deadlineKey());
                    ps.setLong(2, pair.lead().getSeconds());
                    ps.setObject(3, OffsetDateTime.ofInstant(raisedAt, ZoneOffset.UTC));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}

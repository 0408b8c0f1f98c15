package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;

/** The {@code case_events} rows: only ever inserted, read back in append order. */
final class EventRows {
    private EventRows() {
    }

    /** Appends the events after the case's last stored one. */
    static void append(Connection c, UUID caseId, List<CaseEvent> events) throws SQLException {
        int seq = nextSeq(c, caseId);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_events (id, case_id, seq, type, occurred_at, "
                + "channel, ref, deadline_at, amount, note, voids, body_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CaseEvent e : events) {
                Sql.setUuid(ps, 1, e.id());
                Sql.setUuid(ps, 2, caseId);
                ps.setInt(3, seq++);
                Sql.setEnum(ps, 4, e.type());
                Sql.setInstant(ps, 5, e.at());
                Sql.setEnum(ps, 6, e.channel());
                ps.setString(7, e.ref());
                Sql.setInstant(ps, 8, e.deadlineAt());
                ps.setBigDecimal(9, e.amount());
                ps.setString(10, e.note());
                Sql.setUuid(ps, 11, e.voids());
                ps.setString(12, e.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Events per case id (one case when caseId is given, else all), in append order. */
    static Map<UUID, List<CaseEvent>> byCase(Connection c, UUID caseId) throws SQLException {
        Map<UUID, String> damaged = new HashMap<>();
        Map<UUID, List<CaseEvent>> result = byCase(c, caseId, damaged);
        if (!damaged.isEmpty()) {
            Map.Entry<UUID, String> first = damaged.entrySet().iterator().next();
            throw new DamagedCaseException(new DamagedCase(first.getKey(), null, first.getValue()));
        }
        return result;
    }

    /** As {@link #byCase(Connection, UUID)}, noting the cases with an unreadable event in {@code damaged} (id to problem). */
    static Map<UUID, List<CaseEvent>> byCase(Connection c, UUID caseId, Map<UUID, String> damaged) throws SQLException {
        String sql = "SELECT * FROM case_events" + (caseId == null ? "" : " WHERE case_id = ?")
                + " ORDER BY case_id, seq";
        Map<UUID, List<CaseEvent>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (caseId != null) {
                Sql.setUuid(ps, 1, caseId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID owner = Sql.uuid(rs, "case_id");
                    try {
                        result.computeIfAbsent(owner, k -> new ArrayList<>()).add(read(rs));
                    } catch (BadStoredValue | IllegalArgumentException | NullPointerException e) {
                        damaged.putIfAbsent(owner, describe(rs, e));
                    }
                }
            }
        }
        return result;
    }

    /** What is wrong with the event row the result set is on, in words. */
    static String describe(ResultSet rs, RuntimeException e) {
        String id;
        try {
            id = String.valueOf(Sql.uuid(rs, "id"));
        } catch (SQLException | RuntimeException unreadable) {
            id = "?";
        }
        return "event " + id + ": " + CaseRows.problem(e);
    }

    static CaseEvent read(ResultSet rs) throws SQLException {
        return new CaseEvent(Sql.uuid(rs, "id"), Sql.enumValue(rs, "type", EventType.class),
                Sql.instant(rs, "occurred_at"), Sql.enumValue(rs, "channel", Channel.class), rs.getString("ref"),
                Sql.instant(rs, "deadline_at"), Sql.amount(rs, "amount"), rs.getString("note"),
                Sql.uuid(rs, "voids"), rs.getString("body_text"));
    }

    private static int nextSeq(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(seq) + 1, 0) FROM case_events WHERE case_id = ?")) {
            Sql.setUuid(ps, 1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}

package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.backup.StoredEvidence;

/** The evidence and evidence_log tables, row by row (V2__evidence.sql). */
final class EvidenceRows {
    private static final String COLUMNS = "id, case_id, category, checklist_item, stored_name, original_name, "
            + "media_type, size_bytes, sha256, added_at, captured_at, source, facts, note";

    private EvidenceRows() {
    }

    static void insert(Connection c, EvidenceItem item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.setUuid(ps, 1, item.id());
            Sql.setUuid(ps, 2, item.caseId());
            Sql.setEnum(ps, 3, item.category());
            ps.setString(4, item.checklistItemId());
            ps.setString(5, item.storedName());
            ps.setString(6, item.originalName());
            ps.setString(7, item.mediaType());
            ps.setLong(8, item.size());
            ps.setString(9, item.sha256());
            Sql.setInstant(ps, 10, item.addedAt());
            Sql.setInstant(ps, 11, item.capturedAt());
            ps.setString(12, item.source());
            ps.setString(13, facts(item.facts()));
            ps.setString(14, item.note());
            ps.executeUpdate();
        }
    }

    static void updateDescription(Connection c, EvidenceItem item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE evidence SET category = ?, checklist_item = ?, facts = ?, note = ? WHERE id = ?")) {
            Sql.setEnum(ps, 1, item.category());
            ps.setString(2, item.checklistItemId());
            ps.setString(3, facts(item.facts()));
            ps.setString(4, item.note());
            Sql.setUuid(ps, 5, item.id());
            ps.executeUpdate();
        }
    }

    static void setTrashed(Connection c, UUID id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evidence SET trashed_at = ? WHERE id = ?")) {
            Sql.setInstant(ps, 1, at);
            Sql.setUuid(ps, 2, id);
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM evidence WHERE id = ?")) {
            Sql.setUuid(ps, 1, id);
            ps.executeUpdate();
        }
    }

    /** The row and whether it is in the trash. */
    record Row(EvidenceItem item, boolean trashed) {
    }

    /** Every row of one case (or of all cases when caseId is null), trash included, with when it was trashed. */
    static List<StoredEvidence> stored(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", trashed_at FROM evidence"
                + (caseId == null ? "" : " WHERE case_id = ?") + " ORDER BY seq")) {
            if (caseId != null) {
                Sql.setUuid(ps, 1, caseId);
            }
            List<StoredEvidence> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new StoredEvidence(item(rs), Sql.instant(rs, "trashed_at")));
                }
            }
            return rows;
        }
    }

    static Optional<Row> find(Connection c, UUID id) throws SQLException {
        List<Row> rows = select(c, "WHERE id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Rows of one case (or of all cases when caseId is null), in the trash or not, in attach order. */
    static List<EvidenceItem> list(Connection c, UUID caseId, boolean trashed) throws SQLException {
        String where = (caseId == null ? "WHERE TRUE" : "WHERE case_id = ?")
                + (trashed ? " AND trashed_at IS NOT NULL" : " AND trashed_at IS NULL");
        List<Row> rows = caseId == null ? select(c, where) : select(c, where, caseId);
        return rows.stream().map(Row::item).toList();
    }

    private static List<Row> select(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", trashed_at FROM evidence " + where
                + " ORDER BY seq")) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(item(rs), Sql.instant(rs, "trashed_at") != null));
                }
            }
            return rows;
        }
    }

    private static EvidenceItem item(ResultSet rs) throws SQLException {
        return new EvidenceItem(Sql.uuid(rs, "id"), Sql.uuid(rs, "case_id"),
                Sql.enumValue(rs, "category", EvidenceCategory.class), rs.getString("checklist_item"),
                rs.getString("stored_name"), rs.getString("original_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), Sql.instant(rs, "added_at"),
                Sql.instant(rs, "captured_at"), rs.getString("source"), facts(rs.getString("facts")),
                rs.getString("note"));
    }

    static void log(Connection c, EvidenceItem item, EvidenceLogEntry.Action action, Instant at, String reason)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_log (evidence_id, case_id, action, at, "
                + "reason, original_name, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Sql.setUuid(ps, 1, item.id());
            Sql.setUuid(ps, 2, item.caseId());
            Sql.setEnum(ps, 3, action);
            Sql.setInstant(ps, 4, at);
            ps.setString(5, reason);
            ps.setString(6, item.originalName());
            ps.setString(7, item.sha256());
            ps.executeUpdate();
        }
    }

    static List<EvidenceLogEntry> logOf(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM evidence_log WHERE case_id = ? ORDER BY seq")) {
            Sql.setUuid(ps, 1, caseId);
            List<EvidenceLogEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new EvidenceLogEntry(rs.getLong("seq"), Sql.uuid(rs, "evidence_id"),
                            Sql.uuid(rs, "case_id"), Sql.enumValue(rs, "action", EvidenceLogEntry.Action.class),
                            Sql.instant(rs, "at"), rs.getString("reason"), rs.getString("original_name"),
                            rs.getString("sha256")));
                }
            }
            return entries;
        }
    }

    private static String facts(Set<EvidenceFact> facts) {
        return facts.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<EvidenceFact> facts(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        Set<EvidenceFact> facts = EnumSet.noneOf(EvidenceFact.class);
        Arrays.stream(column.split(",")).map(EvidenceFact::valueOf).forEach(facts::add);
        return facts;
    }
}

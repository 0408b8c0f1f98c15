package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * Row work of {@link JdbcCaseRepository} that reads a case to write its checksum (bulk assignment, the team copy's
 * appended events): the rows are locked first, so a save cannot come between the read and the write.
 */
final class LockedCaseRows {
    private LockedCaseRows() {
    }

    static void lockRows(Connection c, Object[] ids) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(ids.length, "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases WHERE id IN (" + marks + ") FOR UPDATE")) {
            for (int i = 0; i < ids.length; i++) {
                Sql.setUuid(ps, i + 1, (UUID) ids[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // reading the rows takes their locks
                }
            }
        }
    }

    /**
     * The checksums of the cases once assigned, read a chunk at a time as the case cursor reads (no query per case).
     * A damaged case refuses the whole change, as a save of it does: a new checksum would hide the damage.
     */
    static Map<UUID, Long> checksumsAssigned(Connection c, List<UUID> ids, String assignee, Instant now)
            throws SQLException {
        Map<UUID, Long> checksums = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += CaseCursor.FETCH_SIZE) {
            Object[] chunk = ids.subList(from, Math.min(ids.size(), from + CaseCursor.FETCH_SIZE)).toArray();
            lockRows(c, chunk); // a save of one of them cannot come between this read and the write of its checksum
            try (CaseCursor cursor = new CaseCursor(c, chunk, damaged -> {
                throw new DamagedCaseException(damaged);
            })) {
                for (RefundCase rc = cursor.next(); rc != null; rc = cursor.next()) {
                    checksums.put(rc.id(), CaseChecksum.of(rc.withAssignee(assignee).withTimestamps(rc.createdAt(), now)));
                }
            }
        }
        return checksums;
    }

    /** {@link TeamTransfer}: events another store has and this one lacks, appended in the caller's transaction. */
    static void appendCopiedEvents(Connection c, UUID caseId, List<CaseEvent> events, Instant now) throws SQLException {
        CaseVersions.raise(c, caseId, CaseVersions.ANY); // locks the row first: the case read next is the one written
        RefundCase stored = load(c, caseId);
        EventRows.append(c, caseId, events);
        RefundCase after = stored;
        for (CaseEvent e : events) {
            after = after.withEvent(e); // appended after the stored ones, in this order: as they read back
        }
        touch(c, after.withTimestamps(stored.createdAt(), now));
    }

    static RefundCase load(Connection c, UUID id) throws SQLException {
        return CaseRows.select(c, id).stream().findFirst().orElseThrow(() -> new CaseNotFoundException(id));
    }

    /** Writes the changed time and the checksum of the case as it now is (its row otherwise unchanged). */
    static void touch(Connection c, RefundCase now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET updated_at = ?, checksum = ? WHERE id = ?")) {
            Sql.setInstant(ps, 1, now.updatedAt());
            ps.setLong(2, CaseChecksum.of(now));
            Sql.setUuid(ps, 3, now.id());
            ps.executeUpdate();
        }
    }
}

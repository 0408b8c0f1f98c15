package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.refunddesk.domain.RefundCase;

/**
 * The {@code cases.version} column (issue 16). Raising it is the first statement of a change: the UPDATE locks the
 * case row until the transaction ends, so two clients changing one case take turns (their event appends both land,
 * in order) and a save based on an older version finds out without having written anything.
 */
final class CaseVersions {
    /** Raise whatever the stored version is (a change that is not a save of an edited copy: an appended event). */
    static final long ANY = -1;

    private CaseVersions() {
    }

    /** Raises the case's version; refuses (nothing written) when it is not {@code baseVersion} (unless ANY). */
    static void raise(Connection c, UUID id, long baseVersion) throws SQLException {
        String sql = baseVersion == ANY ? "UPDATE cases SET version = version + 1 WHERE id = ?"
                : "UPDATE cases SET version = version + 1 WHERE id = ? AND version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.setUuid(ps, 1, id);
            if (baseVersion != ANY) {
                ps.setLong(2, baseVersion);
            }
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        // lock the row so the stored case and its version are read as one (no save can come in between)
        long storedVersion;
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM cases WHERE id = ? FOR UPDATE")) {
            Sql.setUuid(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new CaseNotFoundException(id);
                }
                storedVersion = rs.getLong(1);
            }
        }
        RefundCase stored = CaseRows.select(c, id).stream().findFirst().orElseThrow(() -> new CaseNotFoundException(id));
        throw new StaleCaseException(id, baseVersion, storedVersion, stored);
    }

    static long current(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM cases WHERE id = ?")) {
            Sql.setUuid(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new CaseNotFoundException(id);
                }
                return rs.getLong(1);
            }
        }
    }
}

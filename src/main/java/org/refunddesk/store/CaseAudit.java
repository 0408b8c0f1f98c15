package org.refunddesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the append-only audit trail (written by the server's triggers in the changing transaction). */
public final class CaseAudit {
    private final Database database;

    public CaseAudit(Database database) {
        this.database = database;
    }

    /** The case's trail, oldest first; what the reader's role may see of it (row-level security). */
    public List<AuditEntry> forCase(UUID caseId) {
        return database.inTransaction(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, case_id, who, action, what, version, at"
                    + " FROM case_audit WHERE case_id = ? ORDER BY seq")) {
                Sql.setUuid(ps, 1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long version = rs.getLong("version");
                        Long v = rs.wasNull() ? null : version;
                        out.add(new AuditEntry(rs.getLong("seq"), Sql.uuid(rs, "case_id"), rs.getString("who"),
                                rs.getString("action"), rs.getString("what"), v, Sql.instant(rs, "at")));
                    }
                }
            }
            return out;
        });
    }
}

package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Verifies the whole store: every table reads to its end (H2 decompresses and checks each page it reads, so a
 * damaged page fails here), and every case row reads into a valid case, its events, tags and list entry too.
 * Nothing is changed but the list entries (summaries) of the damaged cases, which are marked as damaged.
 */
public final class StoreCheck {
    /** What the check found: the damaged cases, the tables that do not read, and how many cases read well. */
    public record Report(int readable, List<DamagedCase> damaged, List<String> tableProblems) {
        public boolean clean() {
            return damaged.isEmpty() && tableProblems.isEmpty();
        }
    }

    private StoreCheck() {
    }

    public static Report run(Database database) {
        Map<UUID, Long> toSeal = new LinkedHashMap<>();
        Report report = database.inTransaction(c -> {
            List<String> tableProblems = scanTables(c);
            Map<UUID, DamagedCase> damaged = new LinkedHashMap<>();
            java.util.Set<UUID> unsealed = unsealed(c);
            int readable = 0;
            for (UUID id : caseIds(c, tableProblems)) {
                try {
                    List<org.refunddesk.domain.RefundCase> read = CaseRows.select(c, id, d -> damaged.putIfAbsent(d.id(), d));
                    readable += read.size();
                    if (unsealed.contains(id)) {
                        read.forEach(rc -> toSeal.put(rc.id(), CaseChecksum.of(rc)));
                    }
                } catch (SQLException e) {
                    damaged.putIfAbsent(id, new DamagedCase(id, null, "its row cannot be read: " + firstLine(e)));
                }
            }
            checkSummaries(c, damaged);
            database.damage().clear();
            damaged.values().forEach(database.damage()::note);
            return new Report(readable, new ArrayList<>(damaged.values()), tableProblems);
        });
        // the writes: the list entries of damaged cases say so, so every view shows them as damaged
        database.summaries().markDamaged();
        seal(database, toSeal);
        return report;
    }

    /** Ids of the case rows saved before V24, whose checksum is not yet computed. */
    private static java.util.Set<UUID> unsealed(Connection c) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases WHERE checksum IS NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(Sql.uuid(rs, "id"));
            }
        } catch (SQLException | RuntimeException e) {
            // the table scan names an unreadable table; these rows then stay as they are
        }
        return ids;
    }

    /**
     * Writes the checksum of each case saved before V24 that read into a valid case, so from now on a flipped bit in
     * it is found too (a row changed before this cannot be told from one saved that way). Not on a read-only store.
     */
    private static void seal(Database database, Map<UUID, Long> checksums) {
        if (checksums.isEmpty() || database.readOnlyBecause().isPresent()) {
            return;
        }
        try {
            writeChecksums(database, checksums);
        } catch (StoreException e) {
            // a full disk: the report stands, the next check computes them
        }
    }

    private static void writeChecksums(Database database, Map<UUID, Long> checksums) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE cases SET checksum = ? WHERE id = ? AND checksum IS NULL")) {
                for (Map.Entry<UUID, Long> e : checksums.entrySet()) {
                    ps.setLong(1, e.getValue());
                    Sql.setUuid(ps, 2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static List<String> scanTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        List<String> problems = new ArrayList<>();
        for (String table : tables) {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM \"" + table + "\"")) {
                ps.setFetchSize(CaseCursor.FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                problems.add("table " + table.toLowerCase(java.util.Locale.ROOT) + " cannot be read to its end: "
                        + firstLine(e));
            }
        }
        return problems;
    }

    private static List<UUID> caseIds(Connection c, List<String> tableProblems) {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases ORDER BY created_at DESC NULLS LAST, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(Sql.uuid(rs, "id"));
            }
        } catch (SQLException | RuntimeException e) {
            tableProblems.add("the list of case ids cannot be read: " + firstLine(e));
        }
        return ids;
    }

    private static void checkSummaries(Connection c, Map<UUID, DamagedCase> damaged) {
        try (PreparedStatement ps = c.prepareStatement(SummaryRows.SELECT);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    SummaryRows.read(rs);
                } catch (BadStoredValue | IllegalArgumentException | NullPointerException e) {
                    UUID id = Sql.uuid(rs, "case_id");
                    if (id != null) {
                        damaged.putIfAbsent(id, new DamagedCase(id, CaseRows.readableTitle(rs),
                                "its list entry: " + CaseRows.problem(e)));
                    }
                }
            }
        } catch (SQLException e) {
            // the table scan above has already named the table
        }
    }

    static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}

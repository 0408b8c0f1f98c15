package org.refunddesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the embedded H2 store and a PostgreSQL team server need different SQL (issue 16): the insert-or-replace
 * statement, the migration folders, and whether a commit must be forced to disk by the client. Everything else is
 * the same SQL on both.
 */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private static final String MIGRATIONS = "classpath:org/refunddesk/store/db/migration/";

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The engine behind this connection (a pooled connection is unwrapped). */
    public static Dialect of(Connection c) {
        try {
            return c.isWrapperFor(org.postgresql.PGConnection.class) ? POSTGRESQL : H2;
        } catch (SQLException e) {
            return H2;
        }
    }

    /**
     * Flyway locations: this engine's own scripts (the SQL differs: V1..V13, and versions only one engine needs) and
     * the common ones both accept (V14 on). Sibling folders, since Flyway also reads the folders inside a location.
     */
    public List<String> migrationLocations() {
        return List.of(MIGRATIONS + folder, MIGRATIONS + "common");
    }

    /**
     * Inserts a row or replaces the one with the same key: {@code MERGE ... KEY} on H2, {@code INSERT ... ON
     * CONFLICT DO UPDATE} on PostgreSQL. Parameters: the columns in the given order.
     */
    public String upsert(String table, String columns, String keyColumns) {
        List<String> all = Arrays.stream(columns.split(",")).map(String::strip).toList();
        String marks = all.stream().map(x -> "?").collect(Collectors.joining(", "));
        if (this == H2) {
            return "MERGE INTO " + table + " (" + String.join(", ", all) + ") KEY (" + keyColumns + ") VALUES (" + marks + ")";
        }
        List<String> keys = Arrays.stream(keyColumns.split(",")).map(String::strip).toList();
        String set = all.stream().filter(col -> !keys.contains(col)).map(col -> col + " = EXCLUDED." + col)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES (" + marks + ") ON CONFLICT ("
                + String.join(", ", keys) + ") DO " + (set.isEmpty() ? "NOTHING" : "UPDATE SET " + set);
    }
}

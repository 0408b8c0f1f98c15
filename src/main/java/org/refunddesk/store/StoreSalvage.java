package org.refunddesk.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.h2.tools.Recover;
import org.h2.util.ScriptReader;

/**
 * Opens what can be opened of a store for {@code recover}, never writing to it: the store itself read-only, or,
 * when its file no longer opens (or a page a salvage needs no longer reads), a new database rebuilt in a work folder
 * from the SQL script H2's {@link Recover} tool salvages out of a copy of the file.
 */
public final class StoreSalvage {
    /** Tables whose rows go with their case (ON DELETE CASCADE): a row there without its case means the case was lost. */
    private static final List<String> CASE_PARTS = List.of("case_summaries", "case_tags", "case_events");

    private StoreSalvage() {
    }

    /**
     * How the source was opened: as it is, or rebuilt by H2's recovery tool (then {@code note} says why); the store's
     * identity as its file holds it (empty when that could not be read); and, when rebuilt, the cases other tables
     * name that have no readable row of their own.
     */
    public record Opened(Database database, boolean rebuilt, String note, Optional<UUID> storeId,
                         List<DamagedCase> missing, boolean nothingRead) {
    }

    public static Opened open(Path dataDir, Clock clock, org.refunddesk.store.crypto.StoreKey key, Path work) {
        try {
            Database db = Database.openReadOnly(dataDir, clock, key, StoreUnusableException.Kind.NO_PERMISSION);
            return new Opened(db, false, null, db.identity().id(), List.of(), false);
        } catch (StoreLockedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (key != null) {
                throw e; // H2's recovery tool cannot read an encrypted file: only the backup is left
            }
            return rebuild(dataDir, clock, work, e);
        }
    }

    /**
     * Runs H2's Recover on a copy of the file and replays its script, statement by statement, into a store built by
     * the migrations (a statement that fails, e.g. rows of a page that no longer reads, is skipped, the rest kept).
     */
    public static Opened rebuild(Path dataDir, Clock clock, Path work, RuntimeException why) {
        try {
            Path copy = Files.createDirectories(work.resolve("copy-" + System.nanoTime()));
            Files.copy(dataDir.resolve(Database.DB_NAME + ".mv.db"), copy.resolve(Database.DB_NAME + ".mv.db"),
                    StandardCopyOption.REPLACE_EXISTING);
            Path script = copy.resolve(Database.DB_NAME + ".h2.sql");
            boolean nothingRead = false;
            try {
                Recover.execute(copy.toString(), Database.DB_NAME);
            } catch (RuntimeException | AssertionError toolFailed) {
                // H2's tool gives up on some damage (it walks every page first): then nothing of the file is readable
                nothingRead = true;
                why.addSuppressed(toolFailed);
            }
            Path rebuilt = Files.createDirectories(work.resolve("rebuilt-" + System.nanoTime()));
            Database.open(rebuilt, clock).close(); // the whole schema, so a lost table definition costs no rows
            String url = "jdbc:h2:file:" + rebuilt.resolve(Database.DB_NAME) + ";TRACE_LEVEL_FILE=0";
            Optional<UUID> storeId;
            List<DamagedCase> missing;
            try (Connection c = DriverManager.getConnection(url, "refunddesk", "");
                 Statement s = c.createStatement()) {
                s.execute("DELETE FROM store_identity"); // the file's own identity comes with the script, if it reads
                s.execute("SET REFERENTIAL_INTEGRITY FALSE"); // tags and events of a lost case must not stop the rest
                if (!nothingRead && Files.isRegularFile(script)) {
                    replay(c, script);
                } else {
                    nothingRead = true;
                }
                storeId = StoreIdentity.read(c);
                missing = missingCases(c);
                for (String table : CASE_PARTS) {
                    s.executeUpdate("DELETE FROM " + table + " WHERE case_id NOT IN (SELECT id FROM cases)");
                }
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
            return new Opened(Database.open(rebuilt, clock), true, StoreFailures.rootMessage(why), storeId, missing,
                    nothingRead);
        } catch (IOException | SQLException | RuntimeException e) {
            e.addSuppressed(why);
            throw new StoreUnusableException(StoreUnusableException.Kind.DAMAGED_FILE, dataDir, e);
        }
    }

    private static void replay(Connection c, Path script) throws IOException {
        try (Reader in = Files.newBufferedReader(script, StandardCharsets.UTF_8);
             ScriptReader reader = new ScriptReader(in);
             Statement s = c.createStatement()) {
            for (String sql = reader.readStatement(); sql != null; sql = reader.readStatement()) {
                try {
                    s.execute(sql);
                } catch (SQLException skipped) {
                    // a table the migrations made already, a row already there, a page that did not read: go on
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    /** Cases whose tags, events or summary survived but whose own row did not: the summary still has the title. */
    private static List<DamagedCase> missingCases(Connection c) throws SQLException {
        Map<UUID, String> found = new LinkedHashMap<>();
        for (String table : CASE_PARTS) {
            String title = table.equals("case_summaries") ? "title" : "CAST(NULL AS VARCHAR)";
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT case_id, " + title + " FROM " + table
                    + " WHERE case_id NOT IN (SELECT id FROM cases)"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    if (id != null && (found.get(id) == null)) {
                        found.put(id, rs.getString(2));
                    }
                }
            }
        }
        List<DamagedCase> missing = new ArrayList<>();
        found.forEach((id, title) -> missing.add(new DamagedCase(id, title, "its row was in a part of the file that could not be read")));
        return missing;
    }
}

package org.refunddesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.h2.tools.Recover;
import org.h2.tools.RunScript;

/**
 * Opens what can be opened of a store for {@code recover}, never writing to it: the store itself read-only, or,
 * when its file no longer opens, a new database rebuilt in a work folder from the SQL script H2's
 * {@link Recover} tool salvages out of a copy of the file.
 */
public final class StoreSalvage {
    private StoreSalvage() {
    }

    /**
     * How the source was opened: as it is, or rebuilt by H2's recovery tool (then {@code note} says why); and the
     * store's identity as its file holds it (empty when that could not be read).
     */
    public record Opened(Database database, boolean rebuilt, String note, Optional<UUID> storeId) {
    }

    public static Opened open(Path dataDir, Clock clock, org.refunddesk.store.crypto.StoreKey key, Path work) {
        try {
            Database db = Database.openReadOnly(dataDir, clock, key, StoreUnusableException.Kind.NO_PERMISSION);
            return new Opened(db, false, null, db.identity().id());
        } catch (StoreLockedException e) {
            throw e;
        } catch (RuntimeException e) {
            if (key != null) {
                throw e; // H2's recovery tool cannot read an encrypted file: only the backup is left
            }
            Optional<UUID>[] storeId = new Optional[] {Optional.empty()};
            Database rebuilt = rebuild(dataDir, clock, work, storeId);
            return new Opened(rebuilt, true, StoreFailures.rootMessage(e), storeId[0]);
        }
    }

    /** Runs H2's Recover on a copy of the file and replays its script (going on past broken statements). */
    @SuppressWarnings("unchecked")
    private static Database rebuild(Path dataDir, Clock clock, Path work, Optional<UUID>[] storeId) {
        try {
            Path copy = Files.createDirectories(work.resolve("copy"));
            Files.copy(dataDir.resolve(Database.DB_NAME + ".mv.db"), copy.resolve(Database.DB_NAME + ".mv.db"),
                    StandardCopyOption.REPLACE_EXISTING);
            Recover.execute(copy.toString(), Database.DB_NAME);
            Path script = copy.resolve(Database.DB_NAME + ".h2.sql");
            Path rebuilt = Files.createDirectories(work.resolve("rebuilt"));
            String url = "jdbc:h2:file:" + rebuilt.resolve(Database.DB_NAME) + ";TRACE_LEVEL_FILE=0";
            try (var reader = Files.newBufferedReader(script, StandardCharsets.UTF_8);
                 var c = java.sql.DriverManager.getConnection(url, "refunddesk", "")) {
                try {
                    RunScript.execute(c, reader);
                } catch (SQLException e) {
                    // the script stops at its first broken statement: what ran before it is kept
                }
                // read before the migrations run: they would give a store without its identity row a new one
                storeId[0] = StoreIdentity.read(c);
            } catch (SQLException e) {
                // nothing readable, not even the identity: the migrations build an empty store
            }
            // what the script rebuilt, its schema completed by the migrations (all of it when nothing could be read)
            return Database.open(rebuilt, clock);
        } catch (IOException | SQLException e) {
            throw new StoreUnusableException(StoreUnusableException.Kind.DAMAGED_FILE, dataDir, e);
        }
    }
}

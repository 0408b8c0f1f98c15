package org.refunddesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

import org.h2.engine.Constants;

/**
 * Moving a store to a newer H2. H2 2.4 reads and writes the 2.3 file format (MVStore format 3) as it is, so no
 * export/import is needed; but a file once written by 2.4 is no longer the one 2.3 wrote, so the first open by
 * a newer H2 keeps a copy of the file as it was in {@code backups/}. {@code refunddesk.h2} records the build
 * that last opened the store.
 */
final class H2Upgrade {
    static final String MARKER = "refunddesk.h2";
    static final String BACKUPS = "backups";

    private H2Upgrade() {
    }

    static void backUpBeforeFirstOpen(Path dir, Clock clock) {
        Path store = dir.resolve(Database.DB_NAME + ".mv.db");
        Path marker = dir.resolve(MARKER);
        try {
            if (!Files.exists(store)) {
                return;
            }
            String last = Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : "2.3 or older";
            if (last.equals(String.valueOf(Constants.BUILD_ID))) {
                return;
            }
            Path folder = StoreBackups.newFolder(dir, "before-h2-" + Constants.VERSION, clock);
            Files.copy(store, folder.resolve(store.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            Files.writeString(folder.resolve("README.txt"), "The case database as H2 build " + last
                    + " left it, kept before H2 " + Constants.VERSION + " first opened it.\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot back up the database before the H2 upgrade: " + e.getMessage(), e);
        }
    }

    static void markOpened(Path dir) {
        try {
            Files.writeString(dir.resolve(MARKER), Constants.BUILD_ID + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot write " + MARKER + ": " + e.getMessage(), e);
        }
    }
}

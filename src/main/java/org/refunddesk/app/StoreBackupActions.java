package org.refunddesk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.refunddesk.cli.Backups;
import org.refunddesk.exchange.FullBackupWriter;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreRestore;
import org.refunddesk.ui.cases.FullBackupActions;

/** The app's File → 备份全部 / 恢复备份 on the open store, the same code the backup / restore commands run. */
final class StoreBackupActions implements FullBackupActions {
    private final Database db;
    private final Clock clock;

    StoreBackupActions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private Backups backups() {
        return new Backups(db, clock, SettingsSnapshot::read);
    }

    @Override
    public FullBackupWriter.Written backup(Path out) throws IOException {
        return backups().writeFull(out);
    }

    @Override
    public StoreRestore.Plan preview(Path file, StoreRestore.Mode mode) {
        return backups().plan(file, mode);
    }

    @Override
    public Path restore(Path file, StoreRestore.Mode mode) throws IOException {
        Backups backups = backups();
        backups.check(file);
        Path safety = backups.safetyBackup(db.dataDir().resolve(Backups.FOLDER), "before-restore");
        backups.restore(file, mode);
        if (mode == StoreRestore.Mode.REPLACE && !backups.restoredSettings().isEmpty()) {
            java.util.Map<String, String> restored = new java.util.TreeMap<>(backups.restoredSettings());
            restored.remove("language"); // the language stays the one this user chose
            SettingsSnapshot.write(restored);
        }
        return safety;
    }
}

package org.refunddesk.ui.cases;

import java.io.IOException;
import java.nio.file.Path;

import org.refunddesk.exchange.FullBackupWriter;
import org.refunddesk.store.StoreRestore;

/** Full backups and restores of the open store, for File → 备份全部 / 恢复备份 (wired by the app). */
public interface FullBackupActions {
    FullBackupWriter.Written backup(Path out) throws IOException;

    /** Checks the whole file and says what restoring it would change; changes nothing. */
    StoreRestore.Plan preview(Path file, StoreRestore.Mode mode);

    /** Saves the store as a safety backup (null when empty), then restores the file; returns the safety backup. */
    Path restore(Path file, StoreRestore.Mode mode) throws IOException;
}

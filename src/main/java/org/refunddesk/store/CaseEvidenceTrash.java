package org.refunddesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.store.EvidenceLogEntry.Action;

/**
 * What deleting a case does to its evidence, inside the case delete's transaction: each file still in the
 * vault is logged as removed ("case deleted") and moved to the evidence trash, so deleting a case never
 * leaves unlisted files behind nor destroys evidence outright. The rows themselves go with the case
 * (ON DELETE CASCADE); the log has no foreign key and outlives them.
 */
final class CaseEvidenceTrash {
    /** The logged reason; a fixed token like the log's action names, not user-facing text. */
    static final String CASE_DELETED = "case deleted";
    /** Logged when a restore removes a case or replaces a case's evidence by the backup's. */
    static final String RESTORE = "restore";

    private final EvidenceFiles files;
    private final List<Path[]> moved = new ArrayList<>();

    CaseEvidenceTrash(Path dataDir) {
        this.files = new EvidenceFiles(dataDir);
    }

    /** Logs and moves the case's vault files; call before the case row is deleted (the rows vanish with it). */
    void trashAll(Connection c, UUID caseId, Instant now) throws SQLException {
        trashAll(c, caseId, now, CASE_DELETED);
    }

    int trashAll(Connection c, UUID caseId, Instant now, String reason) throws SQLException {
        List<EvidenceItem> items = EvidenceRows.list(c, caseId, false);
        for (EvidenceItem item : items) {
            trashOne(c, item, now, reason);
        }
        return items.size();
    }

    /** Logs the file as removed and moves it to the trash; the caller flags or deletes the row. */
    void trashOne(Connection c, EvidenceItem item, Instant now, String reason) throws SQLException {
        EvidenceRows.log(c, item, Action.REMOVED, now, reason);
        Path from = files.stored(item);
        if (Files.exists(from)) {
            Path to = files.trashed(item);
            try {
                EvidenceFiles.move(from, to);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            moved.add(new Path[] {from, to});
        }
    }

    /** After a rollback: puts every moved file back where it was, newest move first. */
    void undo(RuntimeException cause) {
        for (int i = moved.size() - 1; i >= 0; i--) {
            try {
                EvidenceFiles.move(moved.get(i)[1], moved.get(i)[0]);
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
        moved.clear();
    }

    /** After the commit: the case's now empty vault folder is tidied away (best effort). */
    void removeEmptyFolder(UUID caseId) {
        try {
            Files.deleteIfExists(files.caseFolder(caseId));
        } catch (IOException e) {
            // not empty (a stray temp file) or busy: an empty or leftover folder lists nothing
        }
    }
}

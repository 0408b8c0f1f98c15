package org.refunddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.backup.EvidenceLogRecord;
import org.refunddesk.domain.backup.SavedViewRecord;
import org.refunddesk.domain.backup.StoredEvidence;

/** What a full backup reads from the store: cases one at a time, evidence rows (trash too), the log, saved views. */
public final class BackupSource {
    private final Database db;
    private final EvidenceFiles files;

    public BackupSource(Database db) {
        this.db = db;
        this.files = new EvidenceFiles(db.dataDir());
    }

    /**
     * Hands every case to {@code each}, in id order, without holding the list of all cases; returns how many. One
     * snapshot: a case saved while the backup runs is written as it was when the backup began, never mixed (its row
     * read before the save and its events after failed its checksum, and the backup called the store damaged).
     */
    public int forEachCase(Consumer<RefundCase> each) {
        // a damaged row fails the backup (named, with check/recover to turn to) rather than leave it out unnoticed
        return db.inSnapshot(c -> CaseCursor.forEach(c, each, damaged -> {
            throw new DamagedCaseException(damaged);
        }));
    }

    /** As {@link #forEachCase}, but a damaged row is handed to {@code damaged} and skipped (recover salvages the rest). */
    public int forEachReadableCase(Consumer<RefundCase> each, Consumer<DamagedCase> damaged) {
        return db.inSnapshot(c -> CaseCursor.forEach(c, each, damaged));
    }

    /** Every evidence row, in the vault or in the trash, in attach order. */
    public List<StoredEvidence> evidence() {
        return db.inTransaction(c -> EvidenceRows.stored(c, null));
    }

    /**
     * Where the row's file is in the data folder (vault or trash). On a team server (issue 16) the file is fetched
     * into this computer's cache first when it lacks it (hash checked), so a backup holds every file.
     */
    public Path file(StoredEvidence evidence) {
        Path path = evidence.trashed() ? files.trashed(evidence.item()) : files.stored(evidence.item());
        if (db.server().isPresent() && !Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                db.inTransaction(c -> {
                    ServerBlobs.get(c, evidence.item().sha256(), path);
                    return null;
                });
            } catch (ServerUnreachableException | ServerRefusedException e) {
                throw e;
            } catch (StoreException e) {
                // not on the server or not what its hash says: the backup names the file as not copied
            }
        }
        return path;
    }

    /** The row's plain content (unsealed when the store is encrypted), read from {@code file}. */
    public InputStream open(StoredEvidence evidence, Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new java.nio.file.AccessDeniedException(file.toString());
        }
        return EvidenceFiles.open(file, db.storeKey().orElse(null));
    }

    /** The whole evidence log, in the order it was written. */
    public List<EvidenceLogRecord> log() {
        return db.inTransaction(c -> {
            List<EvidenceLogRecord> log = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM evidence_log ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    log.add(new EvidenceLogRecord(Sql.uuid(rs, "evidence_id"), Sql.uuid(rs, "case_id"),
                            rs.getString("action"), Sql.instant(rs, "at"), rs.getString("reason"),
                            rs.getString("original_name"), rs.getString("sha256")));
                }
            }
            return log;
        });
    }

    public List<SavedViewRecord> views() {
        return db.inTransaction(c -> {
            List<SavedViewRecord> views = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM saved_view ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    views.add(new SavedViewRecord(rs.getString("name"), rs.getString("filter_text"),
                            Sql.instant(rs, "saved_at")));
                }
            }
            return views;
        });
    }
}

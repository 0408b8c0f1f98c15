package org.refunddesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.backup.EvidenceLogRecord;
import org.refunddesk.domain.backup.SavedViewRecord;
import org.refunddesk.domain.backup.StoredEvidence;

/**
 * Restore, all or nothing, without losing anything: cases of the backup are inserted or have their rows
 * rewritten in place (never deleted, so their evidence rows stay); in {@link Mode#REPLACE} the cases not in
 * the backup are deleted with their evidence files moved to the evidence trash and logged. A full backup
 * also brings its evidence rows, files, log and saved views; a case it carries no evidence for keeps the
 * store's. Cases are streamed in from the caller and written in batches, so memory stays flat.
 */
public final class StoreRestore {
    /** REPLACE: the store ends up with exactly the backup's cases. MERGE: cases not in the backup stay. */
    public enum Mode {
        REPLACE, MERGE
    }

    /** The backup's cases, handed out one at a time (called inside the restore's transaction, once). */
    @FunctionalInterface
    public interface CaseSource {
        void forEach(Consumer<RefundCase> each);
    }

    /** What a full backup carries besides its cases; {@link #NONE} for a cases-only backup. */
    public record Extras(List<StoredEvidence> evidence, List<EvidenceLogRecord> log, List<SavedViewRecord> views) {
        public static final Extras NONE = new Extras(null, List.of(), List.of());

        boolean hasEvidence() {
            return evidence != null;
        }
    }

    /** A case named in a plan: its id and title. */
    public record CaseLine(UUID id, String title) {
    }

    /** An evidence file named in a plan. */
    public record EvidenceLine(UUID caseId, String originalName, String sha256) {
    }

    /** What a restore would do (dry run) or did. */
    public record Plan(List<CaseLine> added, List<CaseLine> replaced, List<CaseLine> removed,
                       List<EvidenceLine> evidenceRestored, List<EvidenceLine> evidenceTrashed) {
    }

    private final Database db;
    private final Clock clock;

    public StoreRestore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A staging area for the backup's evidence files; pass it to {@link #restore}, close it afterwards. */
    public EvidenceStaging staging() {
        return new EvidenceStaging(db.dataDir(), db.storeKey().orElse(null));
    }

    /** Reads the backup's cases against the store and says what a restore would change; changes nothing. */
    public Plan plan(Mode mode, CaseSource backup, Extras extras) {
        return db.inTransaction(c -> {
            Map<UUID, String> stored = storedTitles(c);
            Set<UUID> seen = new HashSet<>();
            List<CaseLine> added = new ArrayList<>();
            List<CaseLine> replaced = new ArrayList<>();
            backup.forEach(rc -> {
                if (!seen.add(rc.id())) {
                    throw duplicate(rc.id());
                }
                (stored.containsKey(rc.id()) ? replaced : added).add(new CaseLine(rc.id(), rc.title()));
            });
            List<CaseLine> removed = new ArrayList<>();
            if (mode == Mode.REPLACE) {
                stored.forEach((id, title) -> {
                    if (!seen.contains(id)) {
                        removed.add(new CaseLine(id, title));
                    }
                });
            }
            List<EvidenceLine> restored = new ArrayList<>();
            List<EvidenceLine> trashed = new ArrayList<>();
            Set<UUID> removedIds = new HashSet<>();
            removed.forEach(r -> removedIds.add(r.id()));
            Set<UUID> backupEvidence = backupEvidenceIds(extras);
            Set<UUID> casesWithEvidence = casesWithBackupEvidence(extras);
            Map<UUID, StoredEvidence> storedEvidence = new HashMap<>();
            for (StoredEvidence e : EvidenceRows.stored(c, null)) {
                storedEvidence.put(e.item().id(), e);
                boolean active = !e.trashed();
                if (active && (removedIds.contains(e.item().caseId())
                        || casesWithEvidence.contains(e.item().caseId()) && !backupEvidence.contains(e.item().id()))) {
                    trashed.add(line(e));
                }
            }
            if (extras.hasEvidence()) {
                for (StoredEvidence e : extras.evidence()) {
                    StoredEvidence now = storedEvidence.get(e.item().id());
                    if (now == null || now.trashed() != e.trashed()) {
                        restored.add(line(e));
                    }
                }
            }
            return new Plan(added, replaced, removed, restored, trashed);
        });
    }

    /**
     * Restores in one transaction; the staged evidence files are moved into place after the commit.
     * Returns what was done.
     */
    public Plan restore(Mode mode, CaseSource backup, Extras extras, EvidenceStaging staging) {
        Instant now = clock.instant();
        CaseEvidenceTrash trash = new CaseEvidenceTrash(db.dataDir());
        List<UUID> emptied = new ArrayList<>();
        Plan done;
        try {
            done = db.inTransaction(c -> {
                Map<UUID, String> stored = storedTitles(c);
                Set<UUID> seen = new HashSet<>();
                List<CaseLine> added = new ArrayList<>();
                List<CaseLine> replaced = new ArrayList<>();
                try (CaseBatch batch = new CaseBatch(c)) {
                    backup.forEach(rc -> {
                        if (!seen.add(rc.id())) {
                            throw duplicate(rc.id());
                        }
                        RefundCase stamped = stamped(rc, now);
                        try {
                            if (stored.containsKey(rc.id())) {
                                batch.replace(stamped);
                                replaced.add(new CaseLine(rc.id(), rc.title()));
                            } else {
                                batch.insert(stamped);
                                added.add(new CaseLine(rc.id(), rc.title()));
                            }
                        } catch (SQLException e) {
                            throw new StoreException("cannot restore case " + rc.id() + ": " + e.getMessage(), e);
                        }
                    });
                    batch.flush();
                }
                List<EvidenceLine> trashedLines = new ArrayList<>();
                List<CaseLine> removed = new ArrayList<>();
                if (mode == Mode.REPLACE) {
                    for (Map.Entry<UUID, String> e : stored.entrySet()) {
                        if (!seen.contains(e.getKey())) {
                            for (StoredEvidence ev : EvidenceRows.stored(c, e.getKey())) {
                                if (!ev.trashed()) {
                                    trashedLines.add(line(ev));
                                }
                            }
                            trash.trashAll(c, e.getKey(), now, CaseEvidenceTrash.RESTORE);
                            deleteCase(c, e.getKey());
                            removed.add(new CaseLine(e.getKey(), e.getValue()));
                            emptied.add(e.getKey());
                        }
                    }
                }
                List<EvidenceLine> restoredLines = new ArrayList<>();
                if (extras.hasEvidence()) {
                    restoreEvidence(c, extras, seen, stored.keySet(), trash, now, restoredLines, trashedLines);
                }
                restoreLog(c, extras.log());
                restoreViews(c, extras.views());
                forgetSummaries(c, mode, seen);
                return new Plan(added, replaced, removed, restoredLines, trashedLines);
            });
        } catch (RuntimeException e) {
            trash.undo(e);
            if (e instanceof UncheckedIOException io) {
                throw new StoreException("cannot move the evidence files: " + io.getCause().getMessage(), io);
            }
            throw e;
        }
        try {
            staging.place();
            if (extras.hasEvidence()) {
                for (StoredEvidence e : extras.evidence()) {
                    moveFromOtherPlace(staging, e);
                }
            }
        } catch (IOException e) {
            throw new StoreException("the cases were restored, but an evidence file could not be put in place: "
                    + e.getMessage() + " (run: evidence verify)", e);
        }
        emptied.forEach(trash::removeEmptyFolder);
        return done;
    }

    private void restoreEvidence(Connection c, Extras extras, Set<UUID> seen, Set<UUID> storedCases,
                                 CaseEvidenceTrash trash, Instant now, List<EvidenceLine> restoredLines,
                                 List<EvidenceLine> trashedLines) throws SQLException {
        Set<UUID> backupEvidence = backupEvidenceIds(extras);
        Map<UUID, StoredEvidence> existing = new HashMap<>();
        for (UUID caseId : casesWithBackupEvidence(extras)) {
            if (!seen.contains(caseId) && !storedCases.contains(caseId)) {
                throw new StoreException("the backup has evidence for case " + caseId + ", which it does not hold");
            }
            for (StoredEvidence e : EvidenceRows.stored(c, caseId)) {
                existing.put(e.item().id(), e);
                if (!backupEvidence.contains(e.item().id()) && !e.trashed()) {
                    // the case takes the backup's evidence; the store's own file is kept in the trash, logged
                    trash.trashOne(c, e.item(), now, CaseEvidenceTrash.RESTORE);
                    EvidenceRows.setTrashed(c, e.item().id(), now);
                    trashedLines.add(line(e));
                }
            }
        }
        for (StoredEvidence e : extras.evidence()) {
            StoredEvidence before = existing.get(e.item().id());
            if (before != null) {
                EvidenceRows.delete(c, e.item().id());
            }
            EvidenceRows.insert(c, e.item());
            if (e.trashed()) {
                EvidenceRows.setTrashed(c, e.item().id(), e.trashedAt());
            }
            if (before == null || before.trashed() != e.trashed()) {
                restoredLines.add(line(e));
            }
        }
    }

    /** Log lines of the backup that the store does not have yet (same file, action and moment). */
    /** Summaries of the cases written are recomputed when next read: they were made from the replaced rows. */
    private static void forgetSummaries(Connection c, Mode mode, Set<UUID> written) throws SQLException {
        if (mode == Mode.REPLACE) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_summaries")) {
                ps.executeUpdate(); // every case left is one of the backup's
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_summaries WHERE case_id = ?")) {
            int pending = 0;
            for (UUID id : written) {
                Sql.setUuid(ps, 1, id);
                ps.addBatch();
                if (++pending == 500) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void restoreLog(Connection c, List<EvidenceLogRecord> log) throws SQLException {
        if (log.isEmpty()) {
            return;
        }
        try (PreparedStatement exists = c.prepareStatement(
                "SELECT 1 FROM evidence_log WHERE evidence_id = ? AND action = ? AND at = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO evidence_log (evidence_id, case_id, action, "
                     + "at, reason, original_name, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (EvidenceLogRecord r : log) {
                Sql.setUuid(exists, 1, r.evidenceId());
                exists.setString(2, r.action());
                Sql.setInstant(exists, 3, r.at());
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                Sql.setUuid(insert, 1, r.evidenceId());
                Sql.setUuid(insert, 2, r.caseId());
                insert.setString(3, r.action());
                Sql.setInstant(insert, 4, r.at());
                insert.setString(5, r.reason());
                insert.setString(6, r.originalName());
                insert.setString(7, r.sha256());
                insert.executeUpdate();
            }
        }
    }

    private static void restoreViews(Connection c, List<SavedViewRecord> views) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                Dialect.of(c).upsert("saved_view", "name, filter_text, saved_at", "name"))) {
            for (SavedViewRecord v : views) {
                ps.setString(1, v.name());
                ps.setString(2, v.filterText());
                Sql.setInstant(ps, 3, v.savedAt());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A backup row whose file was not staged (the store already had it) but sits in the other folder. */
    private static void moveFromOtherPlace(EvidenceStaging staging, StoredEvidence e) throws IOException {
        Path target = staging.target(e);
        Path other = staging.other(e);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(other, LinkOption.NOFOLLOW_LINKS)) {
            EvidenceFiles.move(other, target);
        }
    }

    private static RefundCase stamped(RefundCase rc, Instant now) {
        Instant created = rc.createdAt() == null ? now : rc.createdAt();
        return rc.withTimestamps(created, rc.updatedAt() == null ? created : rc.updatedAt());
    }

    private static Map<UUID, String> storedTitles(Connection c) throws SQLException {
        Map<UUID, String> titles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title FROM cases ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                titles.put(Sql.uuid(rs, "id"), rs.getString("title"));
            }
        }
        return titles;
    }

    private static void deleteCase(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM cases WHERE id = ?")) {
            Sql.setUuid(ps, 1, id);
            ps.executeUpdate();
        }
    }

    private static Set<UUID> backupEvidenceIds(Extras extras) {
        Set<UUID> ids = new HashSet<>();
        if (extras.hasEvidence()) {
            extras.evidence().forEach(e -> ids.add(e.item().id()));
        }
        return ids;
    }

    private static Set<UUID> casesWithBackupEvidence(Extras extras) {
        Set<UUID> ids = new HashSet<>();
        if (extras.hasEvidence()) {
            extras.evidence().forEach(e -> ids.add(e.item().caseId()));
        }
        return ids;
    }

    private static EvidenceLine line(StoredEvidence e) {
        return new EvidenceLine(e.item().caseId(), e.item().originalName(), e.item().sha256());
    }

    private static StoreException duplicate(UUID id) {
        return new StoreException("the backup holds case " + id + " twice");
    }
}

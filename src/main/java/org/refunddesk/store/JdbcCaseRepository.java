package org.refunddesk.store;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/** {@link CaseRepository} on H2: every method is one {@link Database#inTransaction} call. */
public final class JdbcCaseRepository implements CaseRepository {
    private final Database database;
    private final Clock clock;

    JdbcCaseRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Cases whose summaries are written together while a streamed import runs (memory stays bounded). */
    private static final int CREATE_BATCH = 500;

    @Override
    public RefundCase create(RefundCase refundCase) {
        Objects.requireNonNull(refundCase, "refundCase");
        return database.inTransaction(c -> {
            RefundCase created = insertNew(c, refundCase, now());
            database.summaries().refreshNew(c, List.of(created));
            return created;
        });
    }

    @Override
    public List<RefundCase> createAll(List<RefundCase> cases) {
        Instant now = now();
        return database.inTransaction(c -> {
            List<RefundCase> created = new ArrayList<>();
            for (RefundCase rc : cases) {
                created.add(insertNew(c, rc, now));
            }
            database.summaries().refreshNew(c, created);
            return created;
        });
    }

    @Override
    public int createEach(java.util.function.Consumer<java.util.function.Consumer<RefundCase>> source) {
        Instant now = now();
        return database.inTransaction(c -> {
            List<RefundCase> batch = new ArrayList<>();
            int[] created = {0};
            source.accept(rc -> {
                try {
                    batch.add(insertNew(c, Objects.requireNonNull(rc, "refundCase"), now));
                    created[0]++;
                    if (batch.size() == CREATE_BATCH) {
                        database.summaries().refreshNew(c, batch);
                        batch.clear();
                    }
                } catch (SQLException e) {
                    throw new StoreException("database error: " + e.getMessage(), e);
                }
            });
            database.summaries().refreshNew(c, batch);
            return created[0];
        });
    }

    @Override
    public void replaceAll(List<RefundCase> cases) {
        // rows are rewritten in place, never cascaded away: kept cases keep their evidence, removed ones go to the trash
        StoreRestore restore = new StoreRestore(database, clock);
        try (EvidenceStaging none = restore.staging()) {
            restore.restore(StoreRestore.Mode.REPLACE, cases::forEach, StoreRestore.Extras.NONE, none);
        }
        database.summaries().ensureCurrent(); // derived data: the restored cases' summaries, before anyone reads them
    }

    @Override
    public RefundCase update(RefundCase refundCase) {
        Objects.requireNonNull(refundCase, "refundCase");
        Instant now = now();
        return database.inTransaction(c -> updateIn(c, refundCase, now));
    }

    @Override
    public VersionedCase update(RefundCase refundCase, long baseVersion) {
        Objects.requireNonNull(refundCase, "refundCase");
        Instant now = now();
        return database.inTransaction(c -> {
            RefundCase result = updateIn(c, refundCase, now, baseVersion);
            return new VersionedCase(result, CaseVersions.current(c, result.id()));
        });
    }

    @Override
    public List<VersionedCase> updateAllVersioned(List<VersionedCase> casesWithBase) {
        casesWithBase.forEach(v -> Objects.requireNonNull(v, "case"));
        Instant now = now();
        return database.inTransaction(c -> {
            List<VersionedCase> saved = new ArrayList<>();
            for (VersionedCase v : casesWithBase) {
                RefundCase result = updateIn(c, v.refundCase(), now, v.version());
                saved.add(new VersionedCase(result, CaseVersions.current(c, result.id())));
            }
            return saved;
        });
    }

    @Override
    public Optional<VersionedCase> findVersioned(UUID id) {
        // the version first: a save in between makes the case newer than its version (a needless conflict later),
        // never older (which would let a save based on it undo the other one)
        return database.inSnapshot(c -> {
            long version;
            try {
                version = CaseVersions.current(c, id);
            } catch (CaseNotFoundException e) {
                return Optional.<VersionedCase>empty();
            }
            return CaseRows.select(c, id).stream().findFirst().map(rc -> new VersionedCase(rc, version));
        });
    }

    @Override
    public List<RefundCase> updateAll(List<RefundCase> cases) {
        cases.forEach(rc -> Objects.requireNonNull(rc, "refundCase"));
        Instant now = now();
        return database.inTransaction(c -> {
            List<RefundCase> updated = new ArrayList<>();
            for (RefundCase rc : cases) {
                updated.add(updateIn(c, rc, now));
            }
            return updated;
        });
    }

    /** One batched UPDATE of the cases and one of their summaries (nothing the rules read changes). */
    @Override
    public int assignAll(java.util.Collection<UUID> ids, String assignee) {
        List<UUID> targets = List.copyOf(ids);
        Instant now = now();
        return database.inTransaction(c -> {
            Map<UUID, Long> checksums = LockedCaseRows.checksumsAssigned(c, targets, assignee, now);
            try (PreparedStatement cases = c.prepareStatement(
                    "UPDATE cases SET assignee = ?, updated_at = ?, checksum = ?, version = version + 1 WHERE id = ?");
                 PreparedStatement summaries = c.prepareStatement("UPDATE case_summaries SET assignee = ?, "
                         + "updated_at = ?, last_activity_at = GREATEST(COALESCE(last_activity_at, ?), ?) WHERE case_id = ?")) {
                for (UUID id : targets) {
                    cases.setString(1, assignee);
                    Sql.setInstant(cases, 2, now);
                    cases.setObject(3, checksums.get(id), java.sql.Types.BIGINT); // none: not found, refused below
                    Sql.setUuid(cases, 4, id);
                    cases.addBatch();
                    summaries.setString(1, assignee);
                    Sql.setInstant(summaries, 2, now);
                    Sql.setInstant(summaries, 3, now);
                    Sql.setInstant(summaries, 4, now);
                    Sql.setUuid(summaries, 5, id);
                    summaries.addBatch();
                }
                int[] counts = cases.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw new CaseNotFoundException(targets.get(i));
                    }
                }
                summaries.executeBatch();
            }
            return targets.size();
        });
    }

    private RefundCase updateIn(Connection c, RefundCase refundCase, Instant now) throws SQLException {
        return updateIn(c, refundCase, now, CaseVersions.ANY);
    }

    /** The version is raised first: that locks the row, so concurrent saves and appends of one case take turns. */
    private RefundCase updateIn(Connection c, RefundCase refundCase, Instant now, long baseVersion) throws SQLException {
        CaseVersions.raise(c, refundCase.id(), baseVersion);
        RefundCase stored = load(c, refundCase.id());
        List<CaseEvent> added = newEvents(stored, refundCase);
        // the events as they will be stored (the stored ones, then the new), so the checksum is of what is read back
        RefundCase updated = withEvents(refundCase, concat(stored.events(), added)).withTimestamps(stored.createdAt(), now);
        CaseRows.update(c, updated);
        EventRows.append(c, updated.id(), added);
        RefundCase result = load(c, updated.id());
        database.summaries().refresh(c, result);
        return result;
    }

    @Override
    public RefundCase appendEvent(UUID caseId, CaseEvent event) {
        Objects.requireNonNull(event, "event");
        Instant now = now();
        return database.inTransaction(c -> {
            CaseVersions.raise(c, caseId, CaseVersions.ANY);
            RefundCase stored = load(c, caseId);
            if (stored.events().stream().anyMatch(e -> e.id().equals(event.id()))) {
                throw new StoreException("case " + caseId + " already has an event with id " + event.id());
            }
            EventRows.append(c, caseId, List.of(event));
            touch(c, stored.withEvent(event).withTimestamps(stored.createdAt(), now));
            RefundCase result = load(c, caseId);
            database.summaries().refresh(c, result);
            return result;
        });
    }

    /** Deletes the case and moves its evidence files to the evidence trash (logged); all or nothing. */
    @Override
    public void delete(UUID id) {
        Instant now = now();
        CaseEvidenceTrash evidence = new CaseEvidenceTrash(database.dataDir());
        try {
            database.inTransaction(c -> {
                if (!CaseRows.exists(c, id)) {
                    throw new CaseNotFoundException(id);
                }
                evidence.trashAll(c, id, now);
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM cases WHERE id = ?")) {
                    Sql.setUuid(ps, 1, id);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (RuntimeException e) {
            evidence.undo(e);
            if (e instanceof UncheckedIOException io) {
                throw new StoreException("cannot move the evidence files to the trash: " + io.getCause().getMessage(), io);
            }
            throw e;
        }
        evidence.removeEmptyFolder(id);
        database.damage().forget(id);
    }

    @Override
    public void retryWrites() {
        database.retryWrites();
    }

    @Override
    public Optional<RefundCase> find(UUID id) {
        return database.inSnapshot(c -> CaseRows.select(c, id).stream().findFirst());
    }

    @Override
    public List<RefundCase> list() {
        return database.inSnapshot(c -> CaseRows.select(c, null, database.damage()::note));
    }

    /** In chunks of ids, each read as the case cursor reads a chunk (tags and events by id); damaged rows are noted. */
    @Override
    public void forEachOf(java.util.Collection<UUID> ids, java.util.function.Consumer<RefundCase> each) {
        List<UUID> all = List.copyOf(ids);
        database.inSnapshot(c -> {
            for (int from = 0; from < all.size(); from += CaseCursor.FETCH_SIZE) {
                Object[] chunk = all.subList(from, Math.min(all.size(), from + CaseCursor.FETCH_SIZE)).toArray();
                try (CaseCursor cursor = new CaseCursor(c, chunk, database.damage()::note)) {
                    for (RefundCase rc = cursor.next(); rc != null; rc = cursor.next()) {
                        each.accept(rc);
                    }
                }
            }
            return null;
        });
    }

    /** Every case, newest first, handed over one at a time: only the current case is in memory. */
    @Override
    public void forEach(java.util.function.Consumer<RefundCase> each) {
        database.inSnapshot(c -> {
            try (CaseCursor cursor = new CaseCursor(c, true, database.damage()::note)) {
                for (RefundCase rc = cursor.next(); rc != null; rc = cursor.next()) {
                    each.accept(rc);
                }
            }
            return null;
        });
    }

    @Override
    public int count() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM cases");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private RefundCase insertNew(Connection c, RefundCase rc, Instant now) throws SQLException {
        if (CaseRows.exists(c, rc.id())) {
            throw new StoreException("a case with id " + rc.id() + " already exists");
        }
        Set<UUID> eventIds = new HashSet<>();
        for (CaseEvent e : rc.events()) {
            if (!eventIds.add(e.id())) {
                throw new StoreException("case " + rc.id() + " has two events with id " + e.id());
            }
        }
        Instant created = rc.createdAt() == null ? now : rc.createdAt();
        RefundCase stamped = rc.withTimestamps(created, rc.updatedAt() == null ? created : rc.updatedAt());
        CaseRows.insert(c, stamped);
        EventRows.append(c, stamped.id(), stamped.events());
        return stamped;
    }

    /** The events of {@code changed} not yet stored; refuses when a stored event was altered or dropped. */
    private static List<CaseEvent> newEvents(RefundCase stored, RefundCase changed) {
        Map<UUID, CaseEvent> given = new LinkedHashMap<>();
        for (CaseEvent e : changed.events()) {
            if (given.put(e.id(), e) != null) {
                throw new StoreException("case " + changed.id() + " has two events with id " + e.id());
            }
        }
        for (CaseEvent old : stored.events()) {
            CaseEvent now = given.remove(old.id());
            if (now == null) {
                throw new StoreException("the event log is append-only: event " + old.id() + " of case "
                        + stored.id() + " was removed (void it with an EVENT_VOIDED event instead)");
            }
            if (!now.equals(old)) {
                throw new StoreException("the event log is append-only: event " + old.id() + " of case "
                        + stored.id() + " was changed (add a correcting event instead)");
            }
        }
        return new ArrayList<>(given.values());
    }

    /** {@link TeamTransfer}: a case copied from another store, inserted in the caller's transaction (one per case). */
    RefundCase insertCopy(Connection c, RefundCase rc) throws SQLException {
        return insertNew(c, rc, now());
    }

    /** {@link TeamTransfer}: events another store has and this one lacks, appended in the caller's transaction. */
    void appendCopiedEvents(Connection c, UUID caseId, List<CaseEvent> events) throws SQLException {
        LockedCaseRows.appendCopiedEvents(c, caseId, events, now());
    }

    private static RefundCase load(Connection c, UUID id) throws SQLException {
        return LockedCaseRows.load(c, id);
    }

    private static void touch(Connection c, RefundCase now) throws SQLException {
        LockedCaseRows.touch(c, now);
    }

    private static RefundCase withEvents(RefundCase rc, List<CaseEvent> events) {
        return new RefundCase(rc.id(), rc.title(), rc.consumer(), rc.assignee(), rc.tags(), rc.platform(), rc.purchase(),
                rc.problem(), events, rc.status(), rc.redFlags(), rc.assessment(), rc.createdAt(), rc.updatedAt());
    }

    private static List<CaseEvent> concat(List<CaseEvent> first, List<CaseEvent> then) {
        List<CaseEvent> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private Instant now() {
        return clock.instant();
    }
}

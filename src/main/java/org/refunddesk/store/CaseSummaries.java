package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.RefundCase;

/**
 * The case summaries (issue 14). The repository and the evidence vault call {@link #refresh} in the transaction
 * that changes a case or its evidence; {@link #ensureCurrent} recomputes the summaries that are missing, were made
 * with other rules (rule book, calendar or checklist version) or whose next deadline has passed. Readers call it
 * first (the app in the background at start), then stream rows without loading any case.
 */
public final class CaseSummaries {
    /** The dashboard's overdue, stale and low-evidence lists hold at most this many cases (their counts hold all). */
    public static final int DASHBOARD_LIST_LIMIT = 200;
    private static final int WRITE_BATCH = 500;
    /** Fewer stale summaries than this are recomputed case by case; more by one pass over all cases. */
    private static final int STREAM_THRESHOLD = 200;

    private final Database database;
    private final Clock clock;
    private volatile SummaryProjector projector;

    CaseSummaries(Database database, Clock clock, SummaryProjector projector) {
        this.database = database;
        this.clock = clock;
        this.projector = projector;
    }

    /** Swaps the rules summaries are computed with (a newer rule book); stored ones become stale. */
    public void useProjector(SummaryProjector newProjector) {
        this.projector = Objects.requireNonNull(newProjector, "projector");
    }

    public SummaryProjector projector() {
        return projector;
    }

    /** Recomputes the case's summary inside the caller's transaction (the case as just stored). */
    void refresh(Connection c, RefundCase stored) throws SQLException {
        SummaryRows.upsert(c, projector.summarise(stored, EvidenceRows.list(c, stored.id(), false), clock.instant()));
    }

    /** The summaries of cases just inserted, in JDBC batches: they have no evidence yet (its rows would reference them). */
    void refreshNew(Connection c, List<RefundCase> inserted) throws SQLException {
        Instant now = clock.instant();
        SummaryProjector rules = projector;
        try (PreparedStatement ps = c.prepareStatement(SummaryRows.merge(c))) {
            int pending = 0;
            for (RefundCase rc : inserted) {
                SummaryRows.bind(ps, rules.summarise(rc, List.of(), now));
                ps.addBatch();
                if (++pending == WRITE_BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Recomputes the summary of the stored case with this id inside the caller's transaction. */
    void refresh(Connection c, UUID caseId) throws SQLException {
        for (RefundCase stored : CaseRows.select(c, caseId)) {
            refresh(c, stored);
        }
    }

    /** Drops every summary in the caller's transaction (a restore that writes rows itself): all are recomputed. */
    void invalidateAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_summaries")) {
            ps.executeUpdate();
        }
    }

    /**
     * True when every case has a stored summary (two counts, no join): the summaries can be shown at once while
     * {@link #ensureCurrent} brings stale ones up to date; false means some cases would be missing from a list.
     */
    public boolean coverEveryCase() {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT (SELECT COUNT(*) FROM cases), (SELECT COUNT(*) FROM case_summaries)");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == rs.getLong(2);
            }
        });
    }

    /** How many summaries {@link #ensureCurrent} would compute now. */
    public int staleCount() {
        return database.inTransaction(c -> SummaryFreshness.staleIds(c, clock.instant(), projector.version()).size());
    }

    /** Computes every missing or stale summary; returns how many. Batches commit on their own. */
    public int ensureCurrent() {
        if (database.readOnlyBecause().isPresent()) {
            return 0; // cannot store them: the list shows the summaries as last stored
        }
        Instant now = clock.instant();
        SummaryProjector rules = projector;
        String version = rules.version();
        Set<UUID> stale = database.inTransaction(c -> SummaryFreshness.staleIds(c, now, version));
        if (stale.isEmpty()) {
            return 0;
        }
        if (stale.size() < STREAM_THRESHOLD) {
            database.inTransaction(c -> {
                for (UUID id : stale) {
                    List<RefundCase> read;
                    try {
                        read = CaseRows.select(c, id, database.damage()::note);
                    } catch (SQLException e) {
                        // a row whose page does not read is one damaged case, never a list that fails to load
                        database.damage().note(new DamagedCase(id, null, "its row cannot be read: "
                                + StoreCheck.firstLine(e)));
                        continue;
                    }
                    for (RefundCase stored : read) {
                        refresh(c, stored);
                        database.damage().forget(stored.id());
                    }
                }
                return null;
            });
            markDamaged();
            return stale.size();
        }
        // one snapshot: a case saved meanwhile is read as it was (its row and events mixed would pass for damage)
        database.inSnapshot(read -> {
            List<CaseSummary> batch = new ArrayList<>(WRITE_BATCH);
            try (CaseCursor cursor = new CaseCursor(read, false, database.damage()::note)) {
                for (RefundCase rc = cursor.next(); rc != null; rc = cursor.next()) {
                    if (stale.contains(rc.id())) {
                        database.damage().forget(rc.id());
                        batch.add(rules.summarise(rc, List.of(), now));
                        if (batch.size() == WRITE_BATCH) {
                            write(batch);
                            batch.clear();
                        }
                    }
                }
            }
            write(batch);
            return null;
        });
        markDamaged();
        return stale.size();
    }

    /**
     * Marks the stored summaries of the cases found damaged (by any read: the list's, the start-up pass, {@code check})
     * so that every view shows them as damaged from the next start on, before anything has read the case rows again;
     * returns how many were newly marked. A marked summary is stale, so each {@link #ensureCurrent} reads its case
     * again: one that reads well again (repaired, restored) gets its real summary back. Nothing is written on a
     * read-only store: the views then know the damage from this run's reads.
     */
    public int markDamaged() {
        List<DamagedCase> damaged = database.damage().all();
        if (damaged.isEmpty() || database.readOnlyBecause().isPresent()) {
            return 0;
        }
        try {
            return database.inTransaction(c -> {
                int marked = 0;
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE case_summaries SET version = ? WHERE case_id = ? AND version <> ?")) {
                    for (DamagedCase d : damaged) {
                        ps.setString(1, CaseSummary.DAMAGED);
                        Sql.setUuid(ps, 2, d.id());
                        ps.setString(3, CaseSummary.DAMAGED);
                        marked += ps.executeUpdate();
                    }
                }
                return marked;
            });
        } catch (StoreException e) {
            // the mark only saves a later start from finding the damage again; this run's views know it already
            return 0;
        }
    }

    /** The damaged cases the reads of this run found (a summary row of theirs reads as {@link CaseSummary#damaged()}). */
    public List<DamagedCase> damaged() {
        return database.damage().all();
    }

    /**
     * Stores summaries computed outside a write transaction, each only if its case was not changed meanwhile
     * (a change stores its own summary); evidence is read here, in the writing transaction.
     */
    private void write(List<CaseSummary> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        database.inTransaction(c -> {
            try (PreparedStatement current = c.prepareStatement("SELECT updated_at FROM cases WHERE id = ?")) {
                for (CaseSummary s : batch) {
                    Sql.setUuid(current, 1, s.id());
                    try (ResultSet rs = current.executeQuery()) {
                        if (!rs.next() || !Objects.equals(Sql.instant(rs, "updated_at"), s.updatedAt())) {
                            continue;
                        }
                    }
                    List<org.refunddesk.domain.EvidenceItem> files = EvidenceRows.list(c, s.id(), false);
                    if (!files.isEmpty()) {
                        refresh(c, s.id());
                    } else {
                        SummaryRows.upsert(c, s);
                    }
                }
            }
            return null;
        });
    }

    /**
     * The dashboard's numbers at {@code now} from SQL aggregates over the summaries (call {@link #ensureCurrent}
     * first): the same as {@code CaseloadStats.of} over every summary, its overdue, stale and low-evidence lists
     * holding only their newest cases (the counts hold all).
     */
    public org.refunddesk.rules.caseload.CaseloadStats caseload(Instant now,
                                                                 org.refunddesk.rules.caseload.CaseloadStats.Settings settings) {
        return database.inTransaction(c -> CaseloadQueries.stats(c, now, settings));
    }

    /** Every summary, newest case first, one at a time (call {@link #ensureCurrent} first). */
    public void forEach(Consumer<CaseSummary> each) {
        query(" ORDER BY created_at DESC NULLS LAST, case_id", ps -> { }, each);
    }

    /**
     * As {@link #forEach}, for a list of cases: each summary without its listed deadlines and refunds (empty), which
     * are a tenth of the reading time and which a list row does not show; the next deadline is there. The rows are
     * read in the table's own order and sorted here: following the newest-first index looks every row up in the table
     * at random (issue 14: a list holds every row anyway, and a cold read of 100,000 took 0.7 s longer that way).
     */
    public void forEachListed(Consumer<CaseSummary> each) {
        List<CaseSummary> all = new ArrayList<>();
        query("", ps -> { }, all::add, false);
        all.sort(StoreOrder.SUMMARIES);
        all.forEach(each);
    }

    /** Every summary, newest case first (call {@link #ensureCurrent} first). */
    public List<CaseSummary> list() {
        List<CaseSummary> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    /** The summaries of cases with an open deadline due no later than {@code until}, soonest first. */
    public void dueBy(Instant until, Consumer<CaseSummary> each) {
        query(" WHERE soonest_due_at <= ? ORDER BY soonest_due_at, case_id", ps -> Sql.setInstant(ps, 1, until), each);
    }

    /** The summaries of cases with an open deadline, soonest first. */
    public void withOpenDeadlines(Consumer<CaseSummary> each) {
        query(" WHERE soonest_due_at IS NOT NULL ORDER BY soonest_due_at, case_id", ps -> { }, each);
    }

    /** A case's listed (open or missed, dated) deadlines with what the agenda shows beside them. */
    public record Dated(UUID id, String title, String assignee, List<org.refunddesk.domain.Deadline> deadlines,
                        boolean damaged) {
    }

    /**
     * The listed deadlines of every case that has one, newest case first (the order {@link #forEach} gives): the
     * agenda's read, a few columns instead of the whole summary (call {@link #ensureCurrent} first). Read in the
     * table's own order and sorted here, as {@link #forEachListed} (a cold read of 100,000 through the newest-first
     * index took about a second longer).
     */
    public void forEachDated(Consumer<Dated> each) {
        DatedReads.forEach(database, each);
    }

    /** The summaries of cases with an open or missed dated deadline (the rest are not read), in no particular order. */
    public void withDatedDeadlines(Consumer<CaseSummary> each) {
        query(" WHERE deadlines <> ''", ps -> { }, each);
    }

    /**
     * What Home can show at {@code now} (issue 14: instead of every whole case), each case once, in no particular order:
     * the cases with a listed deadline missed after {@code missedAfter} or due by {@code dueBy}, and — when
     * {@code changedFrom} is not null — closed cases last changed in [changedFrom, changedTo] or never (automatic
     * erasure's reminder), as summaries; then the other cases whose next move is the person's, six columns each (none of
     * their deadlines is missed lately or due soon, so Home has nothing to say of their deadlines). Each an indexed
     * range (V26, V23); the caller decides from the listed deadlines. Complete for current summaries only:
     * {@link #staleIds} names the others.
     */
    public HomeCases forHome(Instant missedAfter, Instant dueBy, Instant changedFrom, Instant changedTo) {
        java.util.Map<UUID, CaseSummary> found = new java.util.LinkedHashMap<>();
        Consumer<CaseSummary> add = s -> found.putIfAbsent(s.id(), s);
        // ranges, not IS NOT NULL: H2 walks an index for a range but scans the table for IS NOT NULL
        query(" WHERE missed_last > ?", ps -> Sql.setInstant(ps, 1, missedAfter), add);
        query(" WHERE due_next <= ?", ps -> Sql.setInstant(ps, 1, dueBy), add);
        if (changedFrom != null) {
            query(" WHERE updated_at >= ? AND updated_at <= ? AND status = 'CLOSED'", ps -> {
                Sql.setInstant(ps, 1, changedFrom);
                Sql.setInstant(ps, 2, changedTo);
            }, add);
            query(" WHERE updated_at IS NULL AND status = 'CLOSED'", ps -> { }, add);
        }
        List<HomeCases.Move> moves = database.inTransaction(c -> HomeCases.moves(c, found.keySet(), database.damage()));
        return new HomeCases(new ArrayList<>(found.values()), moves);
    }

    /** The cases whose stored summary is missing or stale now: what {@link #ensureCurrent} would compute. */
    public Set<UUID> staleIds() {
        return database.inTransaction(c -> SummaryFreshness.staleIds(c, clock.instant(), projector.version()));
    }

    /** The summaries of these cases (those that have one), in no particular order. */
    public List<CaseSummary> find(java.util.Collection<UUID> caseIds) {
        List<CaseSummary> found = new ArrayList<>();
        List<UUID> ids = List.copyOf(caseIds);
        for (int from = 0; from < ids.size(); from += WRITE_BATCH) {
            Object[] chunk = ids.subList(from, Math.min(ids.size(), from + WRITE_BATCH)).toArray();
            query(" WHERE case_id = ANY(?)", ps -> Sql.setUuids(ps, 1, chunk), found::add);
        }
        return found;
    }

    public java.util.Optional<CaseSummary> find(UUID caseId) {
        List<CaseSummary> found = new ArrayList<>();
        query(" WHERE case_id = ?", ps -> Sql.setUuid(ps, 1, caseId), found::add);
        return found.stream().findFirst();
    }

    private void query(String tail, Binder binder, Consumer<CaseSummary> each) {
        query(tail, binder, each, true);
    }

    private void query(String tail, Binder binder, Consumer<CaseSummary> each, boolean whole) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(SummaryRows.SELECT + tail)) {
                binder.bind(ps);
                ps.setFetchSize(CaseCursor.FETCH_SIZE);
                try (ResultSet rs = LazyRows.execute(c, ps)) {
                    while (rs.next()) {
                        CaseSummary summary = readSummary(rs, whole);
                        if (summary != null) {
                            each.accept(summary);
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The summary row, or null (noted as damage) when it does not read: one bad row never hides the list. */
    private CaseSummary readSummary(ResultSet rs, boolean whole) throws SQLException {
        try {
            CaseSummary summary = SummaryRows.read(rs, whole);
            return database.damage().find(summary.id()).isPresent() ? summary.markedDamaged() : summary;
        } catch (BadStoredValue | IllegalArgumentException | NullPointerException e) {
            UUID id = Sql.uuid(rs, "case_id");
            if (id != null) {
                database.damage().note(new DamagedCase(id, CaseRows.readableTitle(rs), "its list entry: " + CaseRows.problem(e)));
            }
            return null;
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}

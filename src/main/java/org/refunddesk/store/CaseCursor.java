package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * Reads every case, one at a time, with its tags and events. Cases come in index order (no sort of all rows);
 * an id cursor in the same order runs one chunk ahead, and each chunk's tags and events are read by case id
 * (never a join sorted over every event, which H2 would materialise first). Only a chunk is in memory.
 * A damaged row (a value that does not read, in the case or one of its events) is handed to the damage
 * consumer and skipped, so it never hides the rest.
 */
final class CaseCursor implements AutoCloseable {
    static final int FETCH_SIZE = 500;
    /**
     * Cases whose tags and events are read in one query. H2 checks {@code case_id = ANY(?)} against every element of
     * the array for each row it returns (a linear search): 100 ids cost a fifth of 500's per row, while 1,000 queries
     * for 100,000 cases cost little (issue 14: the check was a twelfth of {@code cases list --json}).
     */
    private static final int CHUNK = 100;
    /** Served by the {@code cases_newest} index (V12): no sort. */
    private static final String NEWEST_FIRST = "created_at DESC NULLS LAST, id";

    private final List<PreparedStatement> statements = new ArrayList<>();
    private final ResultSet cases;
    private final ResultSet ids;
    private final PreparedStatement tagQuery;
    private final PreparedStatement eventQuery;
    private final java.util.function.Consumer<DamagedCase> damage;
    private Map<UUID, List<String>> chunkTags = Map.of();
    private Map<UUID, List<CaseEvent>> chunkEvents = Map.of();
    private Map<UUID, String> chunkBadEvents = Map.of();
    private int leftInChunk;

    /** @param newestFirst false: in id order; a damaged row ends the walk with {@link DamagedCaseException} */
    CaseCursor(Connection c, boolean newestFirst) throws SQLException {
        this(c, newestFirst, damaged -> {
            throw new DamagedCaseException(damaged);
        });
    }

    /** @param damage is handed each damaged row, which is then skipped */
    CaseCursor(Connection c, boolean newestFirst, java.util.function.Consumer<DamagedCase> damage) throws SQLException {
        this(c, newestFirst ? NEWEST_FIRST : "id", null, damage);
    }

    /** Only the cases with these ids (those that exist), in id order: a batch read instead of one query per case. */
    CaseCursor(Connection c, Object[] onlyIds, java.util.function.Consumer<DamagedCase> damage) throws SQLException {
        this(c, "id", onlyIds, damage);
    }

    private CaseCursor(Connection c, String order, Object[] onlyIds, java.util.function.Consumer<DamagedCase> damage)
            throws SQLException {
        this.damage = damage;
        String where = onlyIds == null ? "" : " WHERE id = ANY(?)";
        // lazily only within one snapshot: the case walk and the id walk run side by side and must see the same rows
        // (asked of the embedded engine only: PostgreSQL's driver asks the server for the isolation level each time)
        boolean lazily = LazyRows.embedded(c)
                && c.getTransactionIsolation() == org.h2.engine.Constants.TRANSACTION_SNAPSHOT;
        cases = query(c, CaseRows.SELECT + where + " ORDER BY " + order, onlyIds, lazily);
        ids = query(c, "SELECT id FROM cases" + where + " ORDER BY " + order, onlyIds, lazily);
        tagQuery = prepare(c, "SELECT case_id, tag FROM case_tags WHERE case_id = ANY(?) ORDER BY case_id, position");
        eventQuery = prepare(c, "SELECT * FROM case_events WHERE case_id = ANY(?) ORDER BY case_id, seq");
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statements.add(ps);
        ps.setFetchSize(FETCH_SIZE);
        return ps;
    }

    private ResultSet query(Connection c, String sql, Object[] ids, boolean lazily) throws SQLException {
        PreparedStatement ps = prepare(c, sql);
        if (ids != null) {
            Sql.setUuids(ps, 1, ids); // PostgreSQL takes no Object[] (due --json on a team server failed)
        }
        return lazily ? LazyRows.execute(c, ps) : ps.executeQuery();
    }

    /** Every case in id order, one at a time (one chunk in memory); a damaged row throws; returns the count. */
    static int forEach(Connection c, java.util.function.Consumer<RefundCase> each) throws SQLException {
        return forEach(c, each, damaged -> {
            throw new DamagedCaseException(damaged);
        });
    }

    /** Every readable case in id order, damaged rows to {@code damage}; returns the count of readable ones. */
    static int forEach(Connection c, java.util.function.Consumer<RefundCase> each,
                       java.util.function.Consumer<DamagedCase> damage) throws SQLException {
        int count = 0;
        try (CaseCursor cursor = new CaseCursor(c, false, damage)) {
            for (RefundCase rc = cursor.next(); rc != null; rc = cursor.next()) {
                each.accept(rc);
                count++;
            }
        }
        return count;
    }

    /** The next readable case (damaged rows are handed to the damage consumer and skipped), or null after the last. */
    RefundCase next() throws SQLException {
        while (true) {
            if (leftInChunk == 0) {
                readChunk();
            }
            if (!cases.next()) {
                return null;
            }
            leftInChunk--;
            UUID id = Sql.uuid(cases, "id");
            String badEvent = chunkBadEvents.get(id);
            if (badEvent != null) {
                damage.accept(new DamagedCase(id, CaseRows.readableTitle(cases), badEvent));
                continue;
            }
            RefundCase rc = CaseRows.readOrNote(cases, id, chunkTags.getOrDefault(id, List.of()),
                    chunkEvents.getOrDefault(id, List.of()), damage);
            if (rc != null) {
                return rc;
            }
        }
    }

    /** The tags and events of the next chunk of cases, read by their ids. */
    private void readChunk() throws SQLException {
        List<UUID> chunk = new ArrayList<>(CHUNK);
        while (chunk.size() < CHUNK && ids.next()) {
            chunk.add(Sql.uuid(ids, "id"));
        }
        leftInChunk = chunk.size();
        Map<UUID, List<String>> tags = new HashMap<>();
        Map<UUID, List<CaseEvent>> events = new HashMap<>();
        Map<UUID, String> badEvents = new HashMap<>();
        if (!chunk.isEmpty()) {
            Object[] keys = chunk.toArray();
            Sql.setUuids(tagQuery, 1, keys);
            try (ResultSet rs = tagQuery.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(Sql.uuid(rs, "case_id"), k -> new ArrayList<>()).add(rs.getString("tag"));
                }
            }
            Sql.setUuids(eventQuery, 1, keys);
            try (ResultSet rs = eventQuery.executeQuery()) {
                while (rs.next()) {
                    UUID caseId = Sql.uuid(rs, "case_id");
                    try {
                        events.computeIfAbsent(caseId, k -> new ArrayList<>()).add(EventRows.read(rs));
                    } catch (BadStoredValue | IllegalArgumentException | NullPointerException e) {
                        badEvents.putIfAbsent(caseId, EventRows.describe(rs, e));
                    }
                }
            }
        }
        chunkTags = tags;
        chunkEvents = events;
        chunkBadEvents = badEvents;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.close();
        }
    }
}

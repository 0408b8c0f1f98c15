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
 */
final class CaseCursor implements AutoCloseable {
    static final int FETCH_SIZE = 500;
    /** Served by the {@code cases_newest} index (V12): no sort. */
    private static final String NEWEST_FIRST = "created_at DESC NULLS LAST, id";

    private final List<PreparedStatement> statements = new ArrayList<>();
    private final ResultSet cases;
    private final ResultSet ids;
    private final PreparedStatement tagQuery;
    private final PreparedStatement eventQuery;
    private Map<UUID, List<String>> chunkTags = Map.of();
    private Map<UUID, List<CaseEvent>> chunkEvents = Map.of();
    private int leftInChunk;

    /** @param newestFirst false: in id order */
    CaseCursor(Connection c, boolean newestFirst) throws SQLException {
        String order = newestFirst ? NEWEST_FIRST : "id";
        cases = query(c, CaseRows.SELECT + " ORDER BY " + order);
        ids = query(c, "SELECT id FROM cases ORDER BY " + order);
        tagQuery = prepare(c, "SELECT case_id, tag FROM case_tags WHERE case_id = ANY(?) ORDER BY case_id, position");
        eventQuery = prepare(c, "SELECT * FROM case_events WHERE case_id = ANY(?) ORDER BY case_id, seq");
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statements.add(ps);
        ps.setFetchSize(FETCH_SIZE);
        return ps;
    }

    private ResultSet query(Connection c, String sql) throws SQLException {
        return prepare(c, sql).executeQuery();
    }

    /** Every case in id order, one at a time (a backup of any size holds one chunk in memory); returns the count. */
    static int forEach(Connection c, java.util.function.Consumer<RefundCase> each) throws SQLException {
        int count = 0;
        try (CaseCursor cursor = new CaseCursor(c, false)) {
            for (RefundCase rc = cursor.next(); rc != null; rc = cursor.next()) {
                each.accept(rc);
                count++;
            }
        }
        return count;
    }

    /** The next case, or null after the last. */
    RefundCase next() throws SQLException {
        if (leftInChunk == 0) {
            readChunk();
        }
        if (!cases.next()) {
            return null;
        }
        leftInChunk--;
        UUID id = Sql.uuid(cases, "id");
        return CaseRows.read(cases, id, chunkTags.getOrDefault(id, List.of()), chunkEvents.getOrDefault(id, List.of()));
    }

    /** The tags and events of the next chunk of cases, read by their ids. */
    private void readChunk() throws SQLException {
        List<UUID> chunk = new ArrayList<>(FETCH_SIZE);
        while (chunk.size() < FETCH_SIZE && ids.next()) {
            chunk.add(Sql.uuid(ids, "id"));
        }
        leftInChunk = chunk.size();
        Map<UUID, List<String>> tags = new HashMap<>();
        Map<UUID, List<CaseEvent>> events = new HashMap<>();
        if (!chunk.isEmpty()) {
            Object[] keys = chunk.toArray();
            tagQuery.setObject(1, keys);
            try (ResultSet rs = tagQuery.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(Sql.uuid(rs, "case_id"), k -> new ArrayList<>()).add(rs.getString("tag"));
                }
            }
            eventQuery.setObject(1, keys);
            try (ResultSet rs = eventQuery.executeQuery()) {
                while (rs.next()) {
                    events.computeIfAbsent(Sql.uuid(rs, "case_id"), k -> new ArrayList<>()).add(EventRows.read(rs));
                }
            }
        }
        chunkTags = tags;
        chunkEvents = events;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.close();
        }
    }
}

package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * Writes many cases through batched statements inside the caller's transaction (restore): new cases are
 * inserted; a case that exists has its row updated and its tags and events rewritten, never deleted, so the
 * evidence rows that point at it stay.
 */
final class CaseBatch implements AutoCloseable {
    private static final int BATCH = 500;
    private static final String INSERT_EVENT = "INSERT INTO case_events (id, case_id, seq, type, occurred_at, "
            + "channel, ref, deadline_at, amount, note, voids, body_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final PreparedStatement insertCase;
    private final PreparedStatement updateCase;
    private final PreparedStatement deleteTags;
    private final PreparedStatement deleteEvents;
    private final PreparedStatement insertTag;
    private final PreparedStatement insertEvent;
    private int pending;

    CaseBatch(Connection c) throws SQLException {
        insertCase = c.prepareStatement(CaseRows.INSERT);
        updateCase = c.prepareStatement(CaseRows.UPDATE);
        deleteTags = c.prepareStatement("DELETE FROM case_tags WHERE case_id = ?");
        deleteEvents = c.prepareStatement("DELETE FROM case_events WHERE case_id = ?");
        insertTag = c.prepareStatement("INSERT INTO case_tags (case_id, position, tag) VALUES (?, ?, ?)");
        insertEvent = c.prepareStatement(INSERT_EVENT);
    }

    void insert(RefundCase rc) throws SQLException {
        CaseRows.bind(insertCase, rc);
        insertCase.addBatch();
        children(rc);
    }

    void replace(RefundCase rc) throws SQLException {
        // children first: their deletes must run before the new rows of the same case are inserted
        Sql.setUuid(deleteTags, 1, rc.id());
        deleteTags.executeUpdate();
        Sql.setUuid(deleteEvents, 1, rc.id());
        deleteEvents.executeUpdate();
        CaseRows.bind(updateCase, rc);
        updateCase.addBatch();
        children(rc);
    }

    private void children(RefundCase rc) throws SQLException {
        List<String> tags = rc.tags();
        for (int i = 0; i < tags.size(); i++) {
            Sql.setUuid(insertTag, 1, rc.id());
            insertTag.setInt(2, i);
            insertTag.setString(3, tags.get(i));
            insertTag.addBatch();
        }
        int seq = 0;
        for (CaseEvent e : rc.events()) {
            bindEvent(rc.id(), seq++, e);
            insertEvent.addBatch();
        }
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void bindEvent(UUID caseId, int seq, CaseEvent e) throws SQLException {
        Sql.setUuid(insertEvent, 1, e.id());
        Sql.setUuid(insertEvent, 2, caseId);
        insertEvent.setInt(3, seq);
        Sql.setEnum(insertEvent, 4, e.type());
        Sql.setInstant(insertEvent, 5, e.at());
        Sql.setEnum(insertEvent, 6, e.channel());
        insertEvent.setString(7, e.ref());
        Sql.setInstant(insertEvent, 8, e.deadlineAt());
        insertEvent.setBigDecimal(9, e.amount());
        insertEvent.setString(10, e.note());
        Sql.setUuid(insertEvent, 11, e.voids());
        insertEvent.setString(12, e.text());
    }

    /** Case rows first (tags and events refer to them). */
    void flush() throws SQLException {
        insertCase.executeBatch();
        updateCase.executeBatch();
        insertTag.executeBatch();
        insertEvent.executeBatch();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        try (insertCase; updateCase; deleteTags; deleteEvents; insertTag; insertEvent) {
            pending = 0; // flushed by the caller on success; on failure the transaction is rolled back anyway
        }
    }
}

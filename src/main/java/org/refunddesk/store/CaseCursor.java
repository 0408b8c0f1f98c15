package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * Reads every case, one at a time, with its tags and events: three result sets in the same order walked in
 * step, so only the current case is in memory (H2 keeps large results on disk, the fetch size bounds a batch).
 */
final class CaseCursor implements AutoCloseable {
    static final int FETCH_SIZE = 500;
    private static final String NEWEST_FIRST = "c.created_at DESC NULLS LAST, c.id";

    private final List<PreparedStatement> statements = new ArrayList<>();
    private final ResultSet cases;
    private final ResultSet tags;
    private final ResultSet events;
    private boolean tagsAhead;
    private boolean eventsAhead;
    private final java.util.function.Consumer<DamagedCase> damage;

    /** @param newestFirst false: in id order, which needs no sorting */
    CaseCursor(Connection c, boolean newestFirst) throws SQLException {
        this(c, newestFirst, damaged -> {
            throw new DamagedCaseException(damaged);
        });
    }

    /** @param damage is handed each damaged row, which is then skipped */
    CaseCursor(Connection c, boolean newestFirst, java.util.function.Consumer<DamagedCase> damage) throws SQLException {
        this.damage = damage;
        String order = newestFirst ? NEWEST_FIRST : "c.id";
        cases = query(c, CaseRows.SELECT.replace(" FROM cases", " FROM cases c").replace("SELECT id, ", "SELECT c.id, ")
                + " ORDER BY " + order);
        tags = query(c, "SELECT t.case_id, t.tag FROM case_tags t JOIN cases c ON c.id = t.case_id ORDER BY "
                + order + ", t.position");
        events = query(c, "SELECT e.* FROM case_events e JOIN cases c ON c.id = e.case_id ORDER BY "
                + order + ", e.seq");
        tagsAhead = tags.next();
        eventsAhead = events.next();
    }

    private ResultSet query(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statements.add(ps);
        ps.setFetchSize(FETCH_SIZE);
        return ps.executeQuery();
    }

    /** Every case in id order, one at a time (a backup of any size holds one case in memory); returns the count. */
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
        while (cases.next()) {
            UUID id = Sql.uuid(cases, "id");
            List<String> caseTags = new ArrayList<>();
            while (tagsAhead && id.equals(Sql.uuid(tags, "case_id"))) {
                caseTags.add(tags.getString("tag"));
                tagsAhead = tags.next();
            }
            List<CaseEvent> caseEvents = new ArrayList<>();
            String badEvent = null;
            while (eventsAhead && id.equals(Sql.uuid(events, "case_id"))) {
                try {
                    caseEvents.add(EventRows.read(events));
                } catch (BadStoredValue | IllegalArgumentException | NullPointerException e) {
                    badEvent = badEvent == null ? EventRows.describe(events, e) : badEvent;
                }
                eventsAhead = events.next();
            }
            if (badEvent != null) {
                damage.accept(new DamagedCase(id, CaseRows.readableTitle(cases), badEvent));
                continue;
            }
            RefundCase rc = CaseRows.readOrNote(cases, id, caseTags, caseEvents, damage);
            if (rc != null) {
                return rc;
            }
        }
        return null;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements) {
            ps.close();
        }
    }
}

package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * Every case, one at a time, in id order: three result sets (cases, tags, events) read side by side, so a
 * backup of any size holds one case in memory, never the list of all of them.
 */
final class CaseCursor {
    private CaseCursor() {
    }

    static int forEach(Connection c, Consumer<RefundCase> each) throws SQLException {
        return readAll(c, each);
    }

    private static int readAll(Connection c, Consumer<RefundCase> each) throws SQLException {
        int count = 0;
        try (PreparedStatement cases = c.prepareStatement(CaseRows.SELECT + " ORDER BY id");
             PreparedStatement tags = c.prepareStatement("SELECT case_id, tag FROM case_tags ORDER BY case_id, position");
             PreparedStatement events = c.prepareStatement("SELECT * FROM case_events ORDER BY case_id, seq");
             ResultSet caseRows = cases.executeQuery();
             ResultSet tagRows = tags.executeQuery();
             ResultSet eventRows = events.executeQuery()) {
            Side tagSide = new Side(tagRows);
            Side eventSide = new Side(eventRows);
            while (caseRows.next()) {
                UUID id = Sql.uuid(caseRows, "id");
                List<String> caseTags = new ArrayList<>();
                while (tagSide.at(id)) {
                    caseTags.add(tagRows.getString("tag"));
                    tagSide.advance();
                }
                List<CaseEvent> caseEvents = new ArrayList<>();
                while (eventSide.at(id)) {
                    caseEvents.add(EventRows.read(eventRows));
                    eventSide.advance();
                }
                each.accept(CaseRows.read(caseRows, id, caseTags, caseEvents));
                count++;
            }
        }
        return count;
    }

    /** A child result set ordered by case_id; rows of a case id that has no case row are skipped. */
    private static final class Side {
        private final ResultSet rs;
        private UUID current;
        private boolean done;

        Side(ResultSet rs) throws SQLException {
            this.rs = rs;
            advance();
        }

        void advance() throws SQLException {
            done = !rs.next();
            current = done ? null : Sql.uuid(rs, "case_id");
        }

        /** True when the current row belongs to {@code id}; rows of smaller ids are passed over. */
        boolean at(UUID id) throws SQLException {
            while (!done && compare(current, id) < 0) {
                advance();
            }
            return !done && current.equals(id);
        }
    }

    /** H2 orders UUIDs as unsigned 128-bit numbers; UUID.compareTo compares signed halves. */
    static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}

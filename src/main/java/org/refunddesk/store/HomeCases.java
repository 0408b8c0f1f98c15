package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.CaseSummary;

/**
 * What Home can show at a moment (issue 14): the summaries of cases with a deadline missed lately or due soon, or
 * closed at a time the erasure reminder falls on ({@code dated}), and the cases Home lists only because their next
 * move is the person's ({@code moves}, none of them among {@code dated}). At 100,000 cases about half are the person's
 * move; reading six columns of those instead of their whole summaries took most of Home's reading away.
 */
public record HomeCases(List<CaseSummary> dated, List<Move> moves) {
    /** A case whose next move is the person's, with what Home says of it and the list's order needs. */
    public record Move(UUID id, String title, CaseStatus status, Instant createdAt, Instant updatedAt, String yourMove) {
    }

    /** Every case whose next move is the person's, but those in {@code skip}; a row that does not read is noted as damage. */
    static List<Move> moves(Connection c, Set<UUID> skip, DamageLog damage) throws SQLException {
        List<Move> moves = new ArrayList<>();
        // a range, not IS NOT NULL: H2 walks the index for a range (V26)
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, title, status, created_at, updated_at, your_move"
                + " FROM case_summaries WHERE your_move > ''")) {
            ps.setFetchSize(CaseCursor.FETCH_SIZE);
            try (ResultSet rs = LazyRows.execute(c, ps)) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    if (id == null || skip.contains(id)) {
                        continue;
                    }
                    try {
                        moves.add(new Move(id, rs.getString(2), Sql.enumValue(rs, 3, CaseStatus.class),
                                Sql.instant(rs, 4), Sql.instant(rs, 5), rs.getString(6)));
                    } catch (BadStoredValue | IllegalArgumentException e) {
                        damage.note(new DamagedCase(id, CaseRows.readableTitle(rs), "its list entry: " + CaseRows.problem(e)));
                    }
                }
            }
        }
        return moves;
    }
}

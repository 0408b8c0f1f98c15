package org.refunddesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Deadline;

/** The agenda's read of the summaries (split from {@link CaseSummaries}): each case's listed deadlines. */
final class DatedReads {
    private DatedReads() {
    }

    static void forEach(Database database, Consumer<CaseSummaries.Dated> each) {
        record Found(Instant createdAt, CaseSummaries.Dated dated) {
        }
        List<Found> found = new ArrayList<>();
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, title, assignee, deadlines, version, created_at"
                    + " FROM case_summaries WHERE deadlines <> ''")) {
                ps.setFetchSize(CaseCursor.FETCH_SIZE);
                try (ResultSet rs = LazyRows.execute(c, ps)) {
                    while (rs.next()) {
                        UUID id = Sql.uuid(rs, "case_id");
                        List<Deadline> deadlines;
                        try {
                            deadlines = SummaryColumns.deadlines(rs.getString("deadlines"));
                        } catch (RuntimeException e) {
                            database.damage().note(new DamagedCase(id, CaseRows.readableTitle(rs),
                                    "its list entry: " + CaseRows.problem(e)));
                            continue;
                        }
                        found.add(new Found(Sql.instant(rs, "created_at"), new CaseSummaries.Dated(id, rs.getString("title"),
                                rs.getString("assignee"), deadlines, CaseSummary.DAMAGED.equals(rs.getString("version")))));
                    }
                }
            }
            return null;
        });
        found.sort(StoreOrder.newestFirst(Found::createdAt, f -> f.dated().id()));
        found.forEach(f -> each.accept(f.dated()));
    }
}

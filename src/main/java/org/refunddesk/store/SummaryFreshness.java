package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which stored summaries are stale (missing, made with other rules, past their recompute time, or older than
 * their case): a quick check from index ends first, the join of every case to its summary only when that fails.
 */
final class SummaryFreshness {
    private SummaryFreshness() {
    }

    static Set<UUID> staleIds(Connection c, Instant now, String version) throws SQLException {
        if (noneRewrittenAndOneVersion(c, version)) {
            return dueForRecompute(c, now);
        }
        Set<UUID> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id FROM cases c LEFT JOIN case_summaries s "
                + "ON s.case_id = c.id WHERE s.case_id IS NULL OR s.version <> ? OR s.recompute_at <= ? "
                // a writer that rewrote the case without its summary (a bulk restore) leaves a different updated_at
                + "OR s.updated_at IS DISTINCT FROM c.updated_at")) {
            ps.setString(1, version);
            Sql.setInstant(ps, 2, now);
            ps.setFetchSize(CaseCursor.FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(Sql.uuid(rs, "id"));
                }
            }
        }
        return ids;
    }

    /**
     * The quick check, from index ends only: as many summaries as cases, the newest change on both sides the same
     * instant, and every summary made with this version. Then no case lacks its summary or was rewritten after it
     * by a writer that changes updated_at as every writer here does (a raw writer that left it older than the
     * newest change would go unseen by this check; such writers drop the summaries instead: {@code invalidateAll}).
     */
    private static boolean noneRewrittenAndOneVersion(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM cases) AS cases_count, "
                + "(SELECT COUNT(*) FROM case_summaries) AS summaries_count, "
                + "(SELECT MAX(updated_at) FROM cases) AS cases_newest, "
                + "(SELECT MAX(updated_at) FROM case_summaries) AS summaries_newest, "
                + "(SELECT MIN(version) FROM case_summaries) AS lowest_version, "
                + "(SELECT MAX(version) FROM case_summaries) AS highest_version");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long cases = rs.getLong("cases_count");
            if (cases != rs.getLong("summaries_count")) {
                return false;
            }
            return cases == 0 || Objects.equals(Sql.instant(rs, "cases_newest"), Sql.instant(rs, "summaries_newest"))
                    && version.equals(rs.getString("lowest_version")) && version.equals(rs.getString("highest_version"));
        }
    }

    /** Summaries whose next deadline (or another moment that changes them) has come: a range of their index. */
    private static Set<UUID> dueForRecompute(Connection c, Instant now) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id FROM case_summaries WHERE recompute_at <= ?")) {
            Sql.setInstant(ps, 1, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(Sql.uuid(rs, "case_id"));
                }
            }
        }
        return ids;
    }
}

package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Verdict;

/** The {@code case_summaries} rows. */
final class SummaryRows {
    static final String COLUMNS = "case_id, title, status, assignee, platform_name, product, amount, order_no, "
            + "consumer_name, consumer_phone, tags, problem_kind, created_at, updated_at, verdict, next_rule, "
            + "next_start_at, next_due_at, next_basis, next_estimate, next_event, open_deadlines, soonest_due_at, evidence_score, "
            + "search_key, recompute_at, version, deadlines, last_activity_at, refunds, missed, open_due_first, created_month, "
            + "your_move, missed_last, due_next";
    private static final String MERGE_H2 = Dialect.H2.upsert("case_summaries", COLUMNS, "case_id");
    private static final String MERGE_POSTGRESQL = Dialect.POSTGRESQL.upsert("case_summaries", COLUMNS, "case_id");
    static final String SELECT = "SELECT " + COLUMNS + " FROM case_summaries";
    /** The month a case was opened, where the dashboard counts it (CaseloadStats.Settings.DEFAULTS' zone). */
    static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM")
            .withZone(java.time.ZoneId.of("Asia/Shanghai"));
    /** Between two tags in the tags column: a tag never holds it. */
    private static final String TAG_SEPARATOR = "\u001F";

    private SummaryRows() {
    }

    /** Inserts a summary or replaces the case's one, in the SQL of the connection's engine. */
    static String merge(Connection c) {
        return Dialect.of(c) == Dialect.H2 ? MERGE_H2 : MERGE_POSTGRESQL;
    }

    static void bind(PreparedStatement ps, CaseSummary s) throws SQLException {
        int i = 1;
        Sql.setUuid(ps, i++, s.id());
        ps.setString(i++, s.title());
        Sql.setEnum(ps, i++, s.status());
        ps.setString(i++, s.assignee());
        ps.setString(i++, s.platformName());
        Sql.setEnum(ps, i++, s.product());
        ps.setBigDecimal(i++, s.amount());
        ps.setString(i++, s.orderNo());
        ps.setString(i++, s.consumerName());
        ps.setString(i++, s.consumerPhone());
        ps.setString(i++, String.join(TAG_SEPARATOR, s.tags()));
        Sql.setEnum(ps, i++, s.problemKind());
        Sql.setInstant(ps, i++, s.createdAt());
        Sql.setInstant(ps, i++, s.updatedAt());
        Sql.setEnum(ps, i++, s.verdict());
        Deadline d = s.nextDeadline();
        ps.setString(i++, d == null ? null : d.rule());
        Sql.setInstant(ps, i++, d == null ? null : d.startAt());
        Sql.setInstant(ps, i++, d == null ? null : d.dueAt());
        ps.setString(i++, d == null ? null : d.basis());
        ps.setBoolean(i++, d != null && d.estimate());
        Sql.setUuid(ps, i++, d == null ? null : d.sourceEventId());
        ps.setInt(i++, s.openDeadlines());
        Sql.setInstant(ps, i++, s.soonestDueAt());
        Sql.setInteger(ps, i++, s.evidenceScore());
        ps.setString(i++, s.searchKey());
        Sql.setInstant(ps, i++, s.recomputeAt());
        ps.setString(i++, s.version());
        ps.setString(i++, SummaryColumns.deadlines(s.deadlines()));
        Sql.setInstant(ps, i++, s.lastActivityAt());
        ps.setString(i++, SummaryColumns.refunds(s.refunds()));
        // V21: derived from the listed deadlines and the opening date, for the dashboard's SQL aggregates
        ps.setBoolean(i++, s.deadlines().stream().anyMatch(x -> x.state() == DeadlineState.MISSED));
        Sql.setInstant(ps, i++, openDueFirst(s.deadlines()));
        ps.setString(i++, s.createdAt() == null ? null : MONTH.format(s.createdAt()));
        // V26: what Home reads by index
        ps.setString(i++, s.yourMove());
        Sql.setInstant(ps, i++, missedLast(s.deadlines(), s.recomputeAt()));
        Sql.setInstant(ps, i, dueNext(s.deadlines(), s.recomputeAt()));
    }

    /** The latest due time of a listed deadline due before {@code recomputeAt} (null: every one), or null. */
    static java.time.Instant missedLast(List<Deadline> deadlines, java.time.Instant recomputeAt) {
        java.time.Instant last = null;
        for (Deadline d : deadlines) {
            if (d.dueAt() != null && (recomputeAt == null || d.dueAt().isBefore(recomputeAt))
                    && (last == null || d.dueAt().isAfter(last))) {
                last = d.dueAt();
            }
        }
        return last;
    }

    /** The earliest due time of a listed deadline due at or after {@code recomputeAt}, or null. */
    static java.time.Instant dueNext(List<Deadline> deadlines, java.time.Instant recomputeAt) {
        java.time.Instant next = null;
        for (Deadline d : deadlines) {
            if (d.dueAt() != null && recomputeAt != null && !d.dueAt().isBefore(recomputeAt)
                    && (next == null || d.dueAt().isBefore(next))) {
                next = d.dueAt();
            }
        }
        return next;
    }

    /** The earliest due time of a listed open deadline, or null. */
    static java.time.Instant openDueFirst(List<Deadline> deadlines) {
        java.time.Instant first = null;
        for (Deadline d : deadlines) {
            if (d.state() == DeadlineState.OPEN && d.dueAt() != null && (first == null || d.dueAt().isBefore(first))) {
                first = d.dueAt();
            }
        }
        return first;
    }

    static void upsert(Connection c, CaseSummary s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(merge(c))) {
            bind(ps, s);
            ps.executeUpdate();
        }
    }

    /**
     * A row of {@link #SELECT}, its columns read by position: H2 looks a column name up by upper-casing it on every
     * call, 36 times a row (issue 14: 100,000 rows at start). Positions follow {@link #COLUMNS}.
     */
    static CaseSummary read(ResultSet rs) throws SQLException {
        return read(rs, true);
    }

    /** As {@link #read(ResultSet)}; not {@code whole}: the listed deadlines and refunds are left empty, not parsed. */
    static CaseSummary read(ResultSet rs, boolean whole) throws SQLException {
        String rule = rs.getString(NEXT_RULE);
        Deadline next = rule == null ? null : new Deadline(rule, Sql.instant(rs, NEXT_RULE + 1),
                Sql.instant(rs, NEXT_RULE + 2), DeadlineState.OPEN, rs.getString(NEXT_RULE + 3),
                rs.getBoolean(NEXT_RULE + 4), "", rs.getObject(NEXT_RULE + 5, UUID.class));
        String tags = rs.getString(TAGS);
        List<String> tagList = tags.isEmpty() ? List.of() : Arrays.asList(tags.split(TAG_SEPARATOR, -1));
        return new CaseSummary(rs.getObject(CASE_ID, UUID.class), rs.getString(CASE_ID + 1),
                Sql.enumValue(rs, STATUS, CaseStatus.class), rs.getString(STATUS + 1), rs.getString(STATUS + 2),
                Sql.enumValue(rs, PRODUCT, ProductType.class), rs.getBigDecimal(PRODUCT + 1), rs.getString(PRODUCT + 2),
                rs.getString(PRODUCT + 3), rs.getString(PRODUCT + 4), tagList,
                Sql.enumValue(rs, TAGS + 1, ProblemKind.class), Sql.instant(rs, TAGS + 2),
                Sql.instant(rs, TAGS + 3), Sql.enumValue(rs, TAGS + 4, Verdict.class), next,
                rs.getInt(OPEN_DEADLINES), Sql.instant(rs, OPEN_DEADLINES + 1), Sql.integer(rs, OPEN_DEADLINES + 2),
                rs.getString(OPEN_DEADLINES + 3), Sql.instant(rs, OPEN_DEADLINES + 4), rs.getString(OPEN_DEADLINES + 5),
                whole ? SummaryColumns.deadlines(rs.getString(OPEN_DEADLINES + 6)) : null, Sql.instant(rs, OPEN_DEADLINES + 7),
                whole ? SummaryColumns.refunds(rs.getString(OPEN_DEADLINES + 8)) : null, rs.getString(YOUR_MOVE));
    }

    private static final List<String> COLUMN_LIST = Arrays.asList(COLUMNS.split(",\\s*"));
    private static final int CASE_ID = position("case_id");
    private static final int STATUS = position("status");
    private static final int PRODUCT = position("product");
    private static final int TAGS = position("tags");
    private static final int NEXT_RULE = position("next_rule");
    private static final int OPEN_DEADLINES = position("open_deadlines");
    private static final int YOUR_MOVE = position("your_move");

    /** The 1-based position of a column in {@link #COLUMNS}; the columns after it are read by offset from it. */
    private static int position(String column) {
        int at = COLUMN_LIST.indexOf(column);
        if (at < 0) {
            throw new IllegalStateException("no column " + column + " in the summary columns");
        }
        return at + 1;
    }

    static void delete(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_summaries WHERE case_id = ?")) {
            Sql.setUuid(ps, 1, caseId);
            ps.executeUpdate();
        }
    }
}

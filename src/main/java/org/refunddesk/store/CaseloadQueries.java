package org.refunddesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.caseload.CaseloadStats;
import org.refunddesk.rules.caseload.DueDeadline;
import org.refunddesk.rules.caseload.PlatformClusterer;
import org.refunddesk.rules.caseload.SummaryOverviews;

/**
 * The dashboard's numbers from the case summaries without reading whole summaries (issue 14): one pass over a few
 * narrow columns (V21's derived ones among them, the comparisons with "now" made in SQL) for every count and sum,
 * the overdue, stale and low-evidence lists' newest {@link #LIST_LIMIT} cases by index, the next deadlines by
 * reading summaries in {@code open_due_first} order until no later one can come. Equal to {@link CaseloadStats#of}
 * over every summary.
 */
final class CaseloadQueries {
    /** How many cases of the overdue, stale and low-evidence lists are read (the panes show the newest). */
    static final int LIST_LIMIT = CaseSummaries.DASHBOARD_LIST_LIMIT;
    private static final String ACTIVE = "status NOT IN ('" + CaseStatus.RESOLVED.name() + "', '"
            + CaseStatus.CLOSED.name() + "')";
    private static final String NEWEST_FIRST = " ORDER BY created_at DESC NULLS LAST, case_id";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Connection c;
    private final Instant now;
    private final CaseloadStats.Settings settings;

    private CaseloadQueries(Connection c, Instant now, CaseloadStats.Settings settings) {
        this.c = c;
        this.now = now;
        this.settings = settings;
    }

    static CaseloadStats stats(Connection c, Instant now, CaseloadStats.Settings settings) throws SQLException {
        return new CaseloadQueries(c, now, settings).stats();
    }

    /**
     * One pass over narrow columns of every summary (H2 decodes each row it scans whatever the query, so one scan
     * with every count beats a GROUP BY per figure), then the three lists and the next deadlines from indexes.
     */
    private CaseloadStats stats() throws SQLException {
        Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v, 0);
        }
        int unassessed = 0;
        int overdueCount = 0;
        int staleCount = 0;
        int lowCount = 0;
        Map<String, Integer> byAssignee = new TreeMap<>();
        Map<String, BigDecimal> claimedByMonth = new HashMap<>();
        Map<String, PlatformClusterer.NameTally> platforms = new HashMap<>();
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        Map<String, CaseStatus> statuses = new HashMap<>();
        Map<String, Verdict> verdicts = new HashMap<>();
        boolean shanghai = settings.zone().equals(SHANGHAI);
        Instant staleBefore = now.minus(settings.staleAfter());
        try (PreparedStatement ps = c.prepareStatement("SELECT status, verdict, assignee, platform_name, amount, "
                + "created_month, created_at, (missed OR open_due_first < ?), last_activity_at < ?, evidence_score < ?, "
                + "refunds FROM case_summaries")) {
            Sql.setInstant(ps, 1, now);
            Sql.setInstant(ps, 2, staleBefore);
            ps.setInt(3, settings.lowEvidenceBelow());
            ps.setFetchSize(CaseCursor.FETCH_SIZE);
            try (ResultSet rs = LazyRows.execute(c, ps)) {
                while (rs.next()) {
                    // a row whose status or verdict does not read is left out of every figure, as a read leaves it out
                    CaseStatus status = statuses.computeIfAbsent(String.valueOf(rs.getString(1)),
                            name -> known(CaseStatus.class, name));
                    String verdictName = rs.getString(2);
                    Verdict verdict = verdictName == null ? null : verdicts.computeIfAbsent(verdictName,
                            name -> known(Verdict.class, name));
                    if (status == null || verdictName != null && verdict == null) {
                        continue;
                    }
                    byStatus.merge(status, 1, Integer::sum);
                    if (verdict == null) {
                        unassessed++;
                    } else {
                        byVerdict.merge(verdict, 1, Integer::sum);
                    }
                    String assignee = rs.getString(3);
                    byAssignee.merge(assignee == null || assignee.isBlank() ? CaseloadStats.UNASSIGNED : assignee.strip(),
                            1, Integer::sum);
                    String platform = rs.getString(4);
                    BigDecimal amount = rs.getBigDecimal(5);
                    if (platform != null) {
                        PlatformClusterer.NameTally t = platforms.get(platform);
                        platforms.put(platform, new PlatformClusterer.NameTally(platform, t == null ? 1 : t.cases() + 1,
                                amount == null ? (t == null ? null : t.amount())
                                        : t == null || t.amount() == null ? amount : t.amount().add(amount)));
                    }
                    if (amount != null) {
                        if (shanghai) {
                            String month = rs.getString(6);
                            if (month != null) {
                                claimedByMonth.merge(month, amount, BigDecimal::add);
                            }
                        } else {
                            Instant created = Sql.instant(rs, "created_at");
                            if (created != null) {
                                BigDecimal[] slot = slot(months, YearMonth.from(created.atZone(settings.zone())));
                                slot[0] = slot[0].add(amount);
                            }
                        }
                    }
                    if (CaseloadStats.active(status)) {
                        overdueCount += rs.getBoolean(8) ? 1 : 0;
                        staleCount += rs.getBoolean(9) ? 1 : 0;
                        lowCount += rs.getBoolean(10) ? 1 : 0;
                    }
                    String refunds = rs.getString(11);
                    if (refunds != null && !refunds.isEmpty()) {
                        received(months, refunds);
                    }
                }
            }
        }
        claimedByMonth.forEach((month, sum) -> {
            BigDecimal[] slot = slot(months, YearMonth.parse(month));
            slot[0] = slot[0].add(sum);
        });
        List<CaseloadStats.MonthAmounts> amounts = new ArrayList<>();
        months.forEach((m, a) -> amounts.add(new CaseloadStats.MonthAmounts(m, a[0], a[1])));
        return new CaseloadStats(Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byVerdict),
                unassessed, Collections.unmodifiableMap(byAssignee), nextDeadlines(),
                overdueCount == 0 ? List.of() : list(ACTIVE + " AND (missed OR open_due_first < ?)", now),
                staleCount == 0 ? List.of() : list(ACTIVE + " AND last_activity_at < ?", staleBefore),
                lowCount == 0 ? List.of() : list(ACTIVE + " AND evidence_score < ?", settings.lowEvidenceBelow()),
                List.copyOf(amounts),
                new PlatformClusterer().top(new ArrayList<>(platforms.values()), settings.topPlatformCount()),
                overdueCount, staleCount, lowCount);
    }

    /** Refunds received, by the month they came in (a damaged value is left out, as a read of the summary would). */
    private void received(Map<YearMonth, BigDecimal[]> months, String refunds) {
        List<CaseSummary.Received> got;
        try {
            got = SummaryColumns.refunds(refunds);
        } catch (RuntimeException e) {
            return;
        }
        for (CaseSummary.Received r : got) {
            BigDecimal[] slot = slot(months, YearMonth.from(r.at().atZone(settings.zone())));
            slot[1] = slot[1].add(r.amount());
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<CaseOverview> list(String where, Object value) throws SQLException {
        List<CaseOverview> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SummaryRows.SELECT + " WHERE " + where + NEWEST_FIRST
                + " LIMIT " + LIST_LIMIT)) {
            bind(ps, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CaseSummary s = readable(rs);
                    if (s != null) {
                        found.add(SummaryOverviews.overview(s));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static void bind(PreparedStatement ps, Object value) throws SQLException {
        if (value instanceof Instant at) {
            Sql.setInstant(ps, 1, at);
        } else {
            ps.setInt(1, (Integer) value);
        }
    }

    /**
     * The first {@code nextDeadlineCount} open deadlines not yet overdue, soonest first. Every listed open deadline
     * of a summary is due at or after its {@code open_due_first}: reading in that order, once the list is full and
     * the next summary's first open deadline is later than the list's last, no later summary can add one.
     */
    private List<DueDeadline> nextDeadlines() throws SQLException {
        int count = settings.nextDeadlineCount();
        PriorityQueue<DueDeadline> latestFirst = new PriorityQueue<>(count + 1, DueDeadline.SOONEST_FIRST.reversed());
        if (count > 0) {
            try (PreparedStatement ps = c.prepareStatement(SummaryRows.SELECT
                    + " WHERE open_due_first IS NOT NULL ORDER BY open_due_first, case_id")) {
                ps.setFetchSize(50);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant first = Sql.instant(rs, "open_due_first");
                        if (latestFirst.size() == count && first.isAfter(latestFirst.peek().deadline().dueAt())) {
                            break;
                        }
                        CaseSummary s = readable(rs);
                        if (s == null) {
                            continue;
                        }
                        CaseOverview o = SummaryOverviews.overview(s);
                        for (Deadline d : o.deadlines()) {
                            if (d.state() != DeadlineState.OPEN || d.dueAt() == null || d.dueAt().isBefore(now)) {
                                continue;
                            }
                            DueDeadline due = new DueDeadline(o, d);
                            if (latestFirst.size() < count) {
                                latestFirst.add(due);
                            } else if (DueDeadline.SOONEST_FIRST.compare(due, latestFirst.peek()) < 0) {
                                latestFirst.poll();
                                latestFirst.add(due);
                            }
                        }
                    }
                }
            }
        }
        List<DueDeadline> soonest = new ArrayList<>(latestFirst);
        soonest.sort(DueDeadline.SOONEST_FIRST);
        return List.copyOf(soonest);
    }

    private static BigDecimal[] slot(Map<YearMonth, BigDecimal[]> months, YearMonth m) {
        return months.computeIfAbsent(m, k -> new BigDecimal[] {Money.ZERO, Money.ZERO});
    }

    /** The summary, or null when the row does not read (left out, as every whole read leaves it out). */
    private static CaseSummary readable(ResultSet rs) throws SQLException {
        try {
            return SummaryRows.read(rs);
        } catch (BadStoredValue | IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}

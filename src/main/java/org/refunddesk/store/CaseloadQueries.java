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
 * The dashboard's numbers from SQL aggregates over {@code case_summaries} (issue 14): counts by GROUP BY, the
 * overdue, stale and low-evidence lists as a count and their first {@link #LIST_LIMIT} cases (newest first), the next
 * deadlines by reading summaries in {@code open_due_first} order until no later one can come. Equal to
 * {@link CaseloadStats#of} over every summary, without reading every row.
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

    private CaseloadStats stats() throws SQLException {
        Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v, 0);
        }
        int[] unassessed = {0};
        Map<String, Integer> byAssignee = new TreeMap<>();
        // grouped by both: a row whose status or verdict does not read is left out of every count, as a read would
        try (PreparedStatement ps = c.prepareStatement("SELECT status, verdict, assignee, COUNT(*) FROM case_summaries"
                + " GROUP BY status, verdict, assignee");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CaseStatus status = known(CaseStatus.class, rs.getString(1));
                String verdictName = rs.getString(2);
                Verdict verdict = verdictName == null ? null : known(Verdict.class, verdictName);
                if (status == null || verdictName != null && verdict == null) {
                    continue;
                }
                int n = rs.getInt(4);
                byStatus.merge(status, n, Integer::sum);
                if (verdict == null) {
                    unassessed[0] += n;
                } else {
                    byVerdict.merge(verdict, n, Integer::sum);
                }
                String assignee = rs.getString(3);
                byAssignee.merge(assignee == null || assignee.isBlank() ? CaseloadStats.UNASSIGNED : assignee.strip(), n,
                        Integer::sum);
            }
        }
        String overdue = ACTIVE + " AND (missed OR open_due_first < ?)";
        String stale = ACTIVE + " AND last_activity_at < ?";
        String low = ACTIVE + " AND evidence_score < ?";
        Instant staleBefore = now.minus(settings.staleAfter());
        return new CaseloadStats(Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byVerdict),
                unassessed[0], Collections.unmodifiableMap(byAssignee), nextDeadlines(),
                list(overdue, now), list(stale, staleBefore), list(low, settings.lowEvidenceBelow()),
                amountsByMonth(), topPlatforms(), count(overdue, now), count(stale, staleBefore),
                count(low, settings.lowEvidenceBelow()));
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private int count(String where, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM case_summaries WHERE " + where)) {
            bind(ps, value);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
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

    /** Claimed by the month the case was opened (a GROUP BY), recovered by the month of each refund received. */
    private List<CaseloadStats.MonthAmounts> amountsByMonth() throws SQLException {
        ZoneId zone = settings.zone();
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        if (zone.equals(SHANGHAI)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT created_month, SUM(amount) FROM case_summaries"
                    + " WHERE amount IS NOT NULL AND created_month IS NOT NULL GROUP BY created_month");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal[] slot = slot(months, YearMonth.parse(rs.getString(1)));
                    slot[0] = slot[0].add(rs.getBigDecimal(2));
                }
            }
        } else {
            // the stored month is Shanghai's: another zone counts from the opening instants
            try (PreparedStatement ps = c.prepareStatement("SELECT created_at, amount FROM case_summaries"
                    + " WHERE amount IS NOT NULL AND created_at IS NOT NULL")) {
                ps.setFetchSize(CaseCursor.FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal[] slot = slot(months, YearMonth.from(Sql.instant(rs, "created_at").atZone(zone)));
                        slot[0] = slot[0].add(rs.getBigDecimal("amount"));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT refunds FROM case_summaries WHERE refunds <> ''")) {
            ps.setFetchSize(CaseCursor.FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<CaseSummary.Received> refunds;
                    try {
                        refunds = SummaryColumns.refunds(rs.getString(1));
                    } catch (RuntimeException e) {
                        continue; // a damaged row: left out, as a read of the summary leaves it out
                    }
                    for (CaseSummary.Received got : refunds) {
                        BigDecimal[] slot = slot(months, YearMonth.from(got.at().atZone(zone)));
                        slot[1] = slot[1].add(got.amount());
                    }
                }
            }
        }
        List<CaseloadStats.MonthAmounts> result = new ArrayList<>();
        months.forEach((m, a) -> result.add(new CaseloadStats.MonthAmounts(m, a[0], a[1])));
        return List.copyOf(result);
    }

    private static BigDecimal[] slot(Map<YearMonth, BigDecimal[]> months, YearMonth m) {
        return months.computeIfAbsent(m, k -> new BigDecimal[] {Money.ZERO, Money.ZERO});
    }

    /** Cases and amounts per stored platform name (a GROUP BY), clustered as whole cases would be. */
    private List<CaseloadStats.PlatformCount> topPlatforms() throws SQLException {
        List<PlatformClusterer.NameTally> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT platform_name, COUNT(*), SUM(amount) FROM case_summaries"
                + " WHERE platform_name IS NOT NULL GROUP BY platform_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(new PlatformClusterer.NameTally(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)));
            }
        }
        return new PlatformClusterer().top(names, settings.topPlatformCount());
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

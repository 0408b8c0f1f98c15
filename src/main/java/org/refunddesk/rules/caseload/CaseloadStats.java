package org.refunddesk.rules.caseload;

import java.math.BigDecimal;
import java.time.Duration;
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
import java.util.function.Function;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;

/**
 * The dashboard's numbers, computed from the cases at "now". Overdue, stale and low-evidence lists
 * only look at cases still being worked on (not RESOLVED or CLOSED). Unassigned cases count under "".
 * The counts of those lists are their own components: computed in SQL (issue 14) a list holds only its first
 * cases (newest first), the count all of them.
 */
public record CaseloadStats(Map<CaseStatus, Integer> byStatus, Map<Verdict, Integer> byVerdict, int unassessed,
                            Map<String, Integer> byAssignee, List<DueDeadline> nextDeadlines,
                            List<CaseOverview> overdue, List<CaseOverview> stale, List<CaseOverview> lowEvidence,
                            List<MonthAmounts> amountsByMonth, List<PlatformCount> topPlatforms, int overdueCount,
                            int staleCount, int lowEvidenceCount) {

    /** With whole lists: each count is its list's size. */
    public CaseloadStats(Map<CaseStatus, Integer> byStatus, Map<Verdict, Integer> byVerdict, int unassessed,
                         Map<String, Integer> byAssignee, List<DueDeadline> nextDeadlines, List<CaseOverview> overdue,
                         List<CaseOverview> stale, List<CaseOverview> lowEvidence, List<MonthAmounts> amountsByMonth,
                         List<PlatformCount> topPlatforms) {
        this(byStatus, byVerdict, unassessed, byAssignee, nextDeadlines, overdue, stale, lowEvidence, amountsByMonth,
                topPlatforms, overdue.size(), stale.size(), lowEvidence.size());
    }

    public static final String UNASSIGNED = "";

    /** Claimed (amount paid, by the month the case was opened) and recovered (refunds received, by month). */
    public record MonthAmounts(YearMonth month, BigDecimal claimed, BigDecimal recovered) {
    }

    public record PlatformCount(String platform, int cases, BigDecimal totalAmount) {
    }

    /**
     * @param staleAfter        no event and no edit for this long makes a case stale (the issue says 7 days)
     * @param lowEvidenceBelow  evidence scores under this (0-100) are listed as low
     */
    public record Settings(Duration staleAfter, int lowEvidenceBelow, int nextDeadlineCount, int topPlatformCount,
                           ZoneId zone) {
        public static final Settings DEFAULTS = new Settings(Duration.ofDays(7), 60, 20, 10,
                ZoneId.of("Asia/Shanghai"));
    }

    public static CaseloadStats of(List<CaseOverview> cases, Instant now) {
        return of(cases, now, Settings.DEFAULTS);
    }

    public static CaseloadStats of(List<CaseOverview> cases, Instant now, Settings settings) {
        return of(cases, now, settings, o -> CaseActivity.of(o.refundCase()));
    }

    /**
     * @param activity each case's last activity and refunds: from the whole case, or from its stored summary when
     *                 the overviews were read from summaries (whose cases carry no events)
     */
    public static CaseloadStats of(List<CaseOverview> cases, Instant now, Settings settings,
                                   Function<CaseOverview, CaseActivity> activity) {
        return of(cases, now, settings, activity,
                new PlatformClusterer().cluster(cases.stream().map(CaseOverview::refundCase).toList()));
    }

    /** @param clusters the platform clusters of these cases, when the caller has them already (the dashboard shows them) */
    public static CaseloadStats of(List<CaseOverview> cases, Instant now, Settings settings,
                                   Function<CaseOverview, CaseActivity> activity, List<PlatformCluster> clusters) {
        Map<CaseStatus, Integer> byStatus = new EnumMap<>(CaseStatus.class);
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.put(s, 0);
        }
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v, 0);
        }
        int unassessed = 0;
        Map<String, Integer> byAssignee = new TreeMap<>();
        List<CaseOverview> overdue = new ArrayList<>();
        List<CaseOverview> stale = new ArrayList<>();
        List<CaseOverview> lowEvidence = new ArrayList<>();
        for (CaseOverview o : cases) {
            RefundCase c = o.refundCase();
            byStatus.merge(c.status(), 1, Integer::sum);
            if (o.verdict() == null) {
                unassessed++;
            } else {
                byVerdict.merge(o.verdict(), 1, Integer::sum);
            }
            byAssignee.merge(c.assignee() == null || c.assignee().isBlank() ? UNASSIGNED : c.assignee().strip(),
                    1, Integer::sum);
            if (!active(c)) {
                continue;
            }
            if (isOverdue(o, now)) {
                overdue.add(o);
            }
            Instant last = activity.apply(o).lastActivity();
            if (last != null && last.isBefore(now.minus(settings.staleAfter()))) {
                stale.add(o);
            }
            if (o.evidenceScore() != null && o.evidenceScore() < settings.lowEvidenceBelow()) {
                lowEvidence.add(o);
            }
        }
        List<DueDeadline> upcoming = soonestUpcoming(cases, now, settings.nextDeadlineCount());
        return new CaseloadStats(Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byVerdict),
                unassessed, Collections.unmodifiableMap(byAssignee), upcoming, List.copyOf(overdue),
                List.copyOf(stale), List.copyOf(lowEvidence), amountsByMonth(cases, settings.zone(), activity),
                topPlatforms(clusters, settings.topPlatformCount()));
    }

    /**
     * The first {@code count} open deadlines not yet overdue, in {@link DueDeadline#SOONEST_FIRST} order: what sorting
     * every open deadline and taking the head gives, kept in a bounded heap (100,000 cases have ~400,000 deadlines).
     */
    private static List<DueDeadline> soonestUpcoming(List<CaseOverview> cases, Instant now, int count) {
        PriorityQueue<DueDeadline> latestFirst = new PriorityQueue<>(count + 1, DueDeadline.SOONEST_FIRST.reversed());
        for (CaseOverview o : cases) {
            for (Deadline d : o.deadlines()) {
                if (d.state() != DeadlineState.OPEN || d.dueAt() == null || d.dueAt().isBefore(now)) {
                    continue;
                }
                DueDeadline due = new DueDeadline(o, d);
                if (latestFirst.size() < count) {
                    latestFirst.add(due);
                } else if (count > 0 && DueDeadline.SOONEST_FIRST.compare(due, latestFirst.peek()) < 0) {
                    latestFirst.poll();
                    latestFirst.add(due);
                }
            }
        }
        List<DueDeadline> soonest = new ArrayList<>(latestFirst);
        soonest.sort(DueDeadline.SOONEST_FIRST);
        return List.copyOf(soonest);
    }

    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Not RESOLVED or CLOSED: the overdue, stale and low-evidence lists look only at these. */
    public static boolean active(CaseStatus status) {
        return status != CaseStatus.RESOLVED && status != CaseStatus.CLOSED;
    }

    static boolean active(RefundCase c) {
        return c.status() != CaseStatus.RESOLVED && c.status() != CaseStatus.CLOSED;
    }

    /** A deadline already missed, or one still open whose due moment has passed. */
    static boolean isOverdue(CaseOverview o, Instant now) {
        return o.deadlines().stream().anyMatch(d -> d.state() == DeadlineState.MISSED
                || d.state() == DeadlineState.OPEN && d.dueAt() != null && d.dueAt().isBefore(now));
    }

    private static List<MonthAmounts> amountsByMonth(List<CaseOverview> cases, ZoneId zone,
                                                     Function<CaseOverview, CaseActivity> activity) {
        Map<YearMonth, BigDecimal[]> months = new TreeMap<>();
        for (CaseOverview o : cases) {
            RefundCase c = o.refundCase();
            BigDecimal paid = c.purchase() == null ? null : c.purchase().amount();
            Instant opened = c.createdAt() != null ? c.createdAt()
                    : c.purchase() == null ? null : c.purchase().paidAt();
            if (paid != null && opened != null) {
                slot(months, YearMonth.from(opened.atZone(zone)))[0] =
                        slot(months, YearMonth.from(opened.atZone(zone)))[0].add(paid);
            }
            for (CaseSummary.Received got : activity.apply(o).refunds()) {
                BigDecimal[] slot = slot(months, YearMonth.from(got.at().atZone(zone)));
                slot[1] = slot[1].add(got.amount());
            }
        }
        List<MonthAmounts> result = new ArrayList<>();
        months.forEach((m, a) -> result.add(new MonthAmounts(m, a[0], a[1])));
        return List.copyOf(result);
    }

    private static BigDecimal[] slot(Map<YearMonth, BigDecimal[]> months, YearMonth m) {
        return months.computeIfAbsent(m, k -> new BigDecimal[] {Money.ZERO, Money.ZERO});
    }

    static List<PlatformCount> topPlatforms(List<PlatformCluster> clusters, int limit) {
        return clusters.stream().limit(limit)
                .map(c -> new PlatformCount(c.displayName(), c.caseCount(), c.totalAmount())).toList();
    }
}

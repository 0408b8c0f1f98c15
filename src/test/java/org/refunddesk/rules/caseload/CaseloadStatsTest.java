package org.refunddesk.rules.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.caseload.CaseloadFixtures.NOW;
import static org.refunddesk.rules.caseload.CaseloadFixtures.open;
import static org.refunddesk.rules.caseload.CaseloadFixtures.overview;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Verdict;

class CaseloadStatsTest {

    @Test
    void countsByStatusVerdictAndAssignee() {
        List<CaseOverview> cases = List.of(
                overview(refundCase("a", "1.00", "x", "1").withAssignee("张志愿")),
                overview(refundCase("a", "1.00", "x", "1").withAssignee("张志愿").withStatus(CaseStatus.CLOSED)),
                overview(refundCase("a", "1.00", "x", "1").withAssessment(null)));

        CaseloadStats stats = CaseloadStats.of(cases, NOW);

        assertThat(stats.byStatus()).containsEntry(CaseStatus.NEW, 2).containsEntry(CaseStatus.CLOSED, 1)
                .containsEntry(CaseStatus.WAITING, 0);
        assertThat(stats.byVerdict()).containsEntry(Verdict.LIKELY, 2).containsEntry(Verdict.UNLIKELY, 0);
        assertThat(stats.unassessed()).isEqualTo(1);
        assertThat(stats.byAssignee()).containsEntry("张志愿", 2).containsEntry(CaseloadStats.UNASSIGNED, 1);
        assertThat(stats.total()).isEqualTo(3);
    }

    @Test
    void nextDeadlinesAreTheTwentySoonestOpenOnesStillAhead() {
        List<CaseOverview> cases = new ArrayList<>();
        for (int i = 25; i >= 1; i--) {
            cases.add(overview(refundCase("a", "1.00", "x", "1"), open("r" + i, NOW.plus(Duration.ofHours(i)))));
        }
        cases.add(overview(refundCase("a", "1.00", "x", "1"), open("late", NOW.minus(Duration.ofHours(1))),
                CaseloadFixtures.withState("done", NOW.plus(Duration.ofMinutes(5)), DeadlineState.MET)));

        List<String> rules = CaseloadStats.of(cases, NOW).nextDeadlines().stream().map(d -> d.deadline().rule()).toList();

        assertThat(rules).hasSize(20).startsWith("r1", "r2").endsWith("r20");
    }

    @Test
    void overdueStaleAndLowEvidenceListOnlyActiveCases() {
        CaseOverview overdue = overview(refundCase("a", "1.00", "x", "1").withTimestamps(NOW, NOW),
                open("r", NOW.minus(Duration.ofMinutes(1))));
        CaseOverview missed = overview(refundCase("a", "1.00", "x", "1").withTimestamps(NOW, NOW),
                CaseloadFixtures.withState("r", NOW.minus(Duration.ofDays(2)), DeadlineState.MISSED));
        CaseOverview stale = overview(refundCase("a", "1.00", "x", "1")
                .withTimestamps(NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(8))));
        CaseOverview revivedByEvent = overview(refundCase("a", "1.00", "x", "1")
                .withTimestamps(NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(8)))
                .withEvent(CaseEvent.of(EventType.REFUND_APPLIED, NOW.minus(Duration.ofDays(1)))));
        CaseOverview closedAndStale = overview(refundCase("a", "1.00", "x", "1")
                .withTimestamps(NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(30)))
                .withStatus(CaseStatus.CLOSED), open("r", NOW.minus(Duration.ofDays(1))));
        CaseOverview weakEvidence = new CaseOverview(refundCase("a", "1.00", "x", "1").withTimestamps(NOW, NOW),
                null, List.of(), 40, List.of());
        CaseOverview goodEvidence = new CaseOverview(refundCase("a", "1.00", "x", "1").withTimestamps(NOW, NOW),
                null, List.of(), 90, List.of());

        CaseloadStats stats = CaseloadStats.of(List.of(overdue, missed, stale, revivedByEvent, closedAndStale,
                weakEvidence, goodEvidence), NOW);

        assertThat(stats.overdue()).containsExactly(overdue, missed);
        assertThat(stats.stale()).containsExactly(stale);
        assertThat(stats.lowEvidence()).containsExactly(weakEvidence);
    }

    @Test
    void amountsClaimedAndRecoveredAreGroupedByShanghaiMonth() {
        // 2024-03-31T17:00Z is already 1 April in Shanghai
        Instant aprilInShanghai = Instant.parse("2024-03-31T17:00:00Z");
        var fullRefund = refundCase("a", "100.00", "x", "1").withTimestamps(aprilInShanghai, aprilInShanghai)
                .withEvent(CaseEvent.of(EventType.REFUND_RECEIVED, Instant.parse("2024-05-02T00:00:00Z")));
        var partial = refundCase("a", "50.00", "x", "1")
                .withTimestamps(Instant.parse("2024-04-10T00:00:00Z"), null)
                .withEvent(CaseEvent.of(EventType.REFUND_RECEIVED, Instant.parse("2024-05-03T00:00:00Z"))
                        .withAmount(new BigDecimal("20")));

        List<CaseloadStats.MonthAmounts> months =
                CaseloadStats.of(List.of(overview(fullRefund), overview(partial)), NOW).amountsByMonth();

        assertThat(months).containsExactly(
                new CaseloadStats.MonthAmounts(YearMonth.of(2024, 4), new BigDecimal("150.00"), new BigDecimal("0.00")),
                new CaseloadStats.MonthAmounts(YearMonth.of(2024, 5), new BigDecimal("0.00"), new BigDecimal("120.00")));
    }

    @Test
    void topPlatformsCountClusteredSpellingsTogether() {
        List<CaseOverview> cases = List.of(
                overview(refundCase("星辰卡盟", "10.00", "a", "1")),
                overview(refundCase("星辰 卡盟", "10.00", "b", "2")),
                overview(refundCase("www.星辰卡盟.com", "10.00", "c", "3")),
                overview(refundCase("月光卡盟", "99.00", "d", "4")));

        var top = CaseloadStats.of(cases, NOW).topPlatforms();

        assertThat(top.get(0).platform()).isEqualTo("星辰卡盟");
        assertThat(top.get(0).cases()).isEqualTo(3);
        assertThat(top.get(1).cases()).isEqualTo(1);
    }
}

package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.caseload.CaseActivity;
import org.refunddesk.rules.caseload.CaseloadStats;
import org.refunddesk.rules.caseload.DueDeadline;
import org.refunddesk.rules.caseload.SummaryOverviews;
import org.refunddesk.testing.TestPostgres;

/**
 * Issue 14: the dashboard's numbers from SQL aggregates over the summaries equal {@link CaseloadStats#of} over every
 * summary read into memory, on generated cases (every status, assignees written with stray spaces, three months),
 * on H2 and on PostgreSQL; the overdue, stale and low-evidence lists hold their newest cases, the counts all.
 */
class CaseloadQueriesTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void sqlAggregatesEqualTheInMemoryComputationOnH2() {
        try (Database db = Database.open(dir, clock)) {
            assertSameNumbers(db);
        }
    }

    @Test
    void sqlAggregatesEqualTheInMemoryComputationOnPostgresql() {
        try (Database db = Database.openServer(TestPostgres.newDatabase(), dir.resolve("cache"), clock, true)) {
            assertSameNumbers(db);
        }
    }

    @Test
    void anEmptyStoreHasNoNumbers() {
        try (Database db = Database.open(dir, clock)) {
            CaseloadStats stats = db.summaries().caseload(NOW, CaseloadStats.Settings.DEFAULTS);
            assertThat(stats.total()).isZero();
            assertThat(stats.nextDeadlines()).isEmpty();
            assertThat(stats.amountsByMonth()).isEmpty();
            assertThat(stats.topPlatforms()).isEmpty();
            assertThat(stats.overdueCount()).isZero();
        }
    }

    private void assertSameNumbers(Database db) {
        List<RefundCase> seeded = PlanBenchmark.generate(700, new Random(33));
        Random r = new Random(8);
        CaseStatus[] statuses = CaseStatus.values();
        String[] helpers = {null, "", "  ", "志愿者1", " 志愿者1 ", "志愿者2", "Ann"};
        db.cases().createAll(seeded.stream().map(c -> c.withAssignee(helpers[r.nextInt(helpers.length)])
                .withStatus(statuses[r.nextInt(statuses.length)])
                .withTimestamps(NOW.minusSeconds(r.nextInt(90 * 86_400)), null)).toList());
        db.summaries().ensureCurrent();

        for (CaseloadStats.Settings settings : List.of(CaseloadStats.Settings.DEFAULTS,
                new CaseloadStats.Settings(java.time.Duration.ofDays(30), 80, 5, 3, ZoneId.of("UTC")))) {
            CaseloadStats expected = inMemory(db, settings);
            CaseloadStats shown = db.summaries().caseload(NOW, settings);

            assertThat(shown.total()).isEqualTo(700);
            assertThat(shown.byStatus()).isEqualTo(expected.byStatus());
            assertThat(shown.byVerdict()).isEqualTo(expected.byVerdict());
            assertThat(shown.unassessed()).isEqualTo(expected.unassessed());
            assertThat(shown.byAssignee()).isEqualTo(expected.byAssignee()).containsKey("").containsKey("志愿者1");
            assertThat(shown.amountsByMonth()).isEqualTo(expected.amountsByMonth()).hasSizeGreaterThan(2);
            assertThat(shown.topPlatforms()).isEqualTo(expected.topPlatforms()).isNotEmpty();
            assertThat(lines(shown.nextDeadlines())).isEqualTo(lines(expected.nextDeadlines())).isNotEmpty();
            assertNewestOf(shown.overdue(), shown.overdueCount(), expected.overdue());
            assertNewestOf(shown.stale(), shown.staleCount(), expected.stale());
            assertNewestOf(shown.lowEvidence(), shown.lowEvidenceCount(), expected.lowEvidence());
        }
    }

    /** Every summary read and computed in memory, newest case first (what the dashboard computed before). */
    private static CaseloadStats inMemory(Database db, CaseloadStats.Settings settings) {
        List<CaseOverview> rows = new ArrayList<>();
        Map<UUID, CaseActivity> activity = new HashMap<>();
        db.summaries().forEach(s -> {
            rows.add(SummaryOverviews.overview(s));
            activity.put(s.id(), CaseActivity.of(s));
        });
        return CaseloadStats.of(rows, NOW, settings, o -> activity.get(o.refundCase().id()));
    }

    private static void assertNewestOf(List<CaseOverview> shown, int count, List<CaseOverview> all) {
        assertThat(all).isNotEmpty();
        assertThat(count).isEqualTo(all.size());
        assertThat(ids(shown)).isEqualTo(ids(all.subList(0, Math.min(all.size(), CaseSummaries.DASHBOARD_LIST_LIMIT))));
    }

    private static List<UUID> ids(List<CaseOverview> overviews) {
        return overviews.stream().map(o -> o.refundCase().id()).toList();
    }

    private static List<String> lines(List<DueDeadline> deadlines) {
        return deadlines.stream().map(d -> d.overview().refundCase().id() + "/" + d.deadline().rule() + "/"
                + d.deadline().dueAt()).toList();
    }
}

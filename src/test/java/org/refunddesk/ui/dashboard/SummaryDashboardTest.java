package org.refunddesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.agenda.Agenda;
import org.refunddesk.rules.agenda.AgendaFilter;
import org.refunddesk.rules.agenda.DueWithin;
import org.refunddesk.rules.caseload.CaseloadStats;
import org.refunddesk.rules.caseload.DueDeadline;
import org.refunddesk.rules.caseload.PlatformCluster;
import org.refunddesk.rules.caseload.PlatformClusterer;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.CaseDeadline;
import org.refunddesk.store.CaseEvidenceScores;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.timeline.AgendaViewModel;

/**
 * Issue 14: the dashboard and the agenda read case summaries, never whole cases, and show exactly what the full
 * computation (every case loaded, assessed and planned) shows; bulk-assign writes the cases and their summaries.
 */
class SummaryDashboardTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");

    @TempDir
    Path dir;
    private Database db;
    private AppServices services;

    @BeforeEach
    void setUp() {
        db = Database.open(dir, clock);
        services = new AppServices(db.cases(), dir, new CurrentThreadTaskExecutor(), new ScriptedDialogService(),
                messages, clock, UiPreferences.load(new InMemoryPreferences()), null, db.summaries());
        // spread over three months and several helpers, so every count has more than one bucket
        List<RefundCase> seeded = PlanBenchmark.generate(600, new Random(21));
        Random r = new Random(4);
        db.cases().createAll(seeded.stream().map(c -> c.withAssignee(r.nextInt(4) == 0 ? null : "志愿者" + r.nextInt(3))
                .withTimestamps(NOW.minusSeconds(r.nextInt(90 * 86_400)), null)).toList());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void dashboardNumbersEqualTheFullComputation() {
        CaseloadViewModel model = new CaseloadViewModel(services, () -> { });
        model.reload();

        List<CaseOverview> full = fullOverviews();
        CaseloadStats expected = CaseloadStats.of(full, NOW);
        CaseloadStats shown = model.statsProperty().get();
        assertThat(shown.total()).isEqualTo(600);
        assertThat(shown.byStatus()).isEqualTo(expected.byStatus());
        assertThat(shown.byVerdict()).isEqualTo(expected.byVerdict());
        assertThat(shown.unassessed()).isEqualTo(expected.unassessed());
        assertThat(shown.byAssignee()).isEqualTo(expected.byAssignee()).hasSizeGreaterThan(2);
        // the lists hold their newest cases (the panes show those), the counts all of them
        assertNewestOf(shown.overdue(), shown.overdueCount(), expected.overdue());
        assertNewestOf(shown.stale(), shown.staleCount(), expected.stale());
        assertNewestOf(shown.lowEvidence(), shown.lowEvidenceCount(), expected.lowEvidence());
        assertThat(shown.amountsByMonth()).isEqualTo(expected.amountsByMonth()).hasSizeGreaterThan(2);
        assertThat(shown.topPlatforms()).isEqualTo(expected.topPlatforms()).isNotEmpty();
        assertThat(shown.nextDeadlines().stream().map(SummaryDashboardTest::line).toList())
                .isEqualTo(expected.nextDeadlines().stream().map(SummaryDashboardTest::line).toList()).isNotEmpty();
        assertThat(model.clusters().stream().map(SummaryDashboardTest::cluster).toList()).isEqualTo(new PlatformClusterer()
                .cluster(db.cases().list()).stream().map(SummaryDashboardTest::cluster).toList());
    }

    @Test
    void filtersOnSummaryRowsKeepWhatTheFullComputationKeeps() {
        CaseloadViewModel model = new CaseloadViewModel(services, () -> { });
        model.reload();
        List<CaseOverview> full = fullOverviews();
        var due = org.refunddesk.rules.caseload.CaseFilter.ALL.withDueWithin(java.time.Duration.ofDays(3));

        model.filterProperty().set(due);

        assertThat(ids(model.filteredRows())).isEqualTo(ids(full.stream().filter(o -> due.matches(o, NOW)).toList()))
                .isNotEmpty();
    }

    @Test
    void agendaListsTheSameDeadlinesAsPlanningEveryCase() {
        RuleEngine engine = new RuleEngine(dir);
        List<CaseDeadline> full = AgendaViewModel.collect(db.cases().list(), (c, now) -> engine.plan(c, now, messages), NOW);
        List<CaseDeadline> fromSummaries = AgendaViewModel.collect(db.summaries());

        for (DueWithin within : DueWithin.values()) {
            AgendaFilter filter = new AgendaFilter(AgendaViewModel.EVERYONE, within);
            assertThat(Agenda.of(fromSummaries, filter, NOW).stream().map(CaseDeadline::key).toList())
                    .as("within %s", within).isEqualTo(Agenda.of(full, filter, NOW).stream().map(CaseDeadline::key).toList());
        }
        assertThat(Agenda.of(fromSummaries, new AgendaFilter("志愿者1", DueWithin.ANY), NOW)).isNotEmpty()
                .isEqualTo(Agenda.of(full, new AgendaFilter("志愿者1", DueWithin.ANY), NOW).stream().toList()
                        .stream().map(d -> fromSummaries.stream().filter(s -> s.key().equals(d.key())).findFirst()
                                .orElseThrow()).toList());

        AgendaViewModel model = new AgendaViewModel(services, (c, now) -> {
            throw new AssertionError("the agenda planned a whole case");
        });
        model.reload();
        assertThat(model.rows()).hasSize(Agenda.of(full, new AgendaFilter(null, DueWithin.ANY), NOW).size());
    }

    @Test
    void deadlineWatchFromSummariesRaisesWhatPlanningEveryCaseRaises() {
        RuleEngine engine = new RuleEngine(dir);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var reminder = new org.refunddesk.rules.reminders.DeadlineReminder(
                org.refunddesk.rules.reminders.ReminderPolicy.DEFAULT,
                org.refunddesk.rules.reminders.RuleClockKinds.byLength());
        var full = new org.refunddesk.rules.reminders.DeadlineWatch(
                () -> AgendaViewModel.collect(db.cases().list(), (c, now) -> engine.plan(c, now, messages), NOW),
                new MemoryLog(), reminder, clock);
        var fromSummaries = org.refunddesk.rules.reminders.DeadlineWatch.upToHorizon(
                horizon -> AgendaViewModel.collectDueBy(db.summaries(), NOW.plus(horizon)), new MemoryLog(), reminder, clock);

        var expected = full.checkNow();
        var actual = fromSummaries.checkNow();

        // (deadlines due at the same moment may come in another order)
        assertThat(actual.warnings().stream().map(w -> w.item().key() + " " + w.lead()).toList()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(expected.warnings().stream().map(w -> w.item().key() + " " + w.lead()).toList());
        assertThat(actual.missed().stream().map(CaseDeadline::key).toList()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(expected.missed().stream().map(CaseDeadline::key).toList());
        assertThat(actual.toRecord()).containsExactlyInAnyOrderElementsOf(expected.toRecord());
        // what the missed advice reads: every dated deadline not met of the missed deadline's case
        for (CaseDeadline missed : actual.missed()) {
            assertThat(datedOf(actual.considered(), missed.caseId())).isEqualTo(datedOf(expected.considered(), missed.caseId()));
        }
        assertThat(actual.considered().size()).isLessThan(expected.considered().size());
    }

    private static List<String> datedOf(List<CaseDeadline> considered, UUID caseId) {
        return considered.stream().filter(c -> c.caseId().equals(caseId) && c.deadline().dueAt() != null
                        && c.deadline().state() != org.refunddesk.domain.DeadlineState.MET)
                .map(CaseDeadline::key).sorted().toList();
    }

    private static final class MemoryLog implements org.refunddesk.rules.reminders.ReminderLog {
        private final java.util.Set<org.refunddesk.rules.reminders.RaisedReminder> raised = new java.util.HashSet<>();

        @Override
        public java.util.Set<org.refunddesk.rules.reminders.RaisedReminder> raised() {
            return java.util.Set.copyOf(raised);
        }

        @Override
        public void record(java.util.Collection<org.refunddesk.rules.reminders.RaisedReminder> pairs, Instant raisedAt) {
            raised.addAll(pairs);
        }
    }

    @Test
    void bulkAssignOfAThousandCasesUpdatesCasesSummariesAndTheShownRows() {
        CaseloadViewModel model = new CaseloadViewModel(services, () -> { });
        model.reload();
        model.selection().setAll(model.rows().subList(0, 500));
        List<UUID> chosen = ids(model.selection());

        model.assignSelected(" 周志愿 ");

        for (UUID id : chosen) {
            assertThat(db.cases().find(id).orElseThrow().assignee()).isEqualTo("周志愿");
            assertThat(db.summaries().find(id).orElseThrow().assignee()).isEqualTo("周志愿");
        }
        assertThat(model.rows().stream().filter(o -> "周志愿".equals(o.refundCase().assignee())).count()).isEqualTo(500);
        assertThat(model.statsProperty().get().byAssignee()).containsEntry("周志愿", 500);
        assertThat(model.statsProperty().get().byAssignee())
                .isEqualTo(CaseloadStats.of(fullOverviews(), NOW).byAssignee());
    }

    /** Every case loaded, assessed and planned, with its evidence score: what the dashboard computed before. */
    private List<CaseOverview> fullOverviews() {
        RuleEngine engine = new RuleEngine(dir);
        var vault = new CaseEvidenceScores(new EvidenceVault(db, clock), EvidenceChecklist.builtIn(), messages).read();
        return db.cases().list().stream().map(c -> vault.overview(c,
                c.problem() == null ? null : engine.assess(c, NOW, messages).verdict(),
                engine.plan(c, NOW, messages))).toList();
    }

    private static void assertNewestOf(List<CaseOverview> shown, int count, List<CaseOverview> all) {
        assertThat(all).isNotEmpty();
        assertThat(count).isEqualTo(all.size());
        int limit = org.refunddesk.store.CaseSummaries.DASHBOARD_LIST_LIMIT;
        assertThat(shown.stream().map(o -> o.refundCase().id()).toList())
                .isEqualTo(all.subList(0, Math.min(limit, all.size())).stream().map(o -> o.refundCase().id()).toList());
    }

    private static List<UUID> ids(List<CaseOverview> overviews) {
        return overviews.stream().map(o -> o.refundCase().id()).sorted().toList();
    }

    private static String line(DueDeadline d) {
        return d.overview().refundCase().title() + "/" + d.deadline().rule() + "/" + d.deadline().dueAt();
    }

    private static String cluster(PlatformCluster c) {
        return c.key() + "/" + c.displayName() + "/" + c.caseCount() + "/" + c.totalAmount() + "/" + c.consumerCount()
                + "/" + c.cases().stream().map(RefundCase::id).sorted().toList();
    }
}

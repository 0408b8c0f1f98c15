package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;

/** Issue 14: the case list reads stored summaries, searches their keys, loads the whole case when one is chosen. */
class CaseListSummariesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Database db;
    private CaseListViewModel model;

    @BeforeEach
    void setUp() {
        db = Database.open(dir, clock);
        AppServices services = new AppServices(db.cases(), dir, new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), Messages.forTag("zh"), clock, UiPreferences.load(new InMemoryPreferences()),
                null, db.summaries());
        model = new CaseListViewModel(services);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void rowsComeFromSummariesWithTheRuleEnginesVerdictAndNextDeadline() {
        List<RefundCase> cases = db.cases().createAll(PlanBenchmark.generate(40, new Random(8)));

        model.reload();

        assertThat(model.rows()).hasSize(40).allSatisfy(r -> assertThat(r.complete()).isFalse());
        for (CaseRow row : model.rows()) {
            var summary = db.summaries().find(row.id()).orElseThrow();
            assertThat(row.insight().verdict()).isEqualTo(summary.verdict());
            assertThat(row.insight().nextDeadline() == null ? null : row.insight().nextDeadline().dueAt())
                    .isEqualTo(summary.nextDeadline() == null ? null : summary.nextDeadline().dueAt());
        }
        assertThat(model.rows()).extracting(CaseRow::id)
                .containsExactlyElementsOf(db.cases().list().stream().map(RefundCase::id).toList());
        assertThat(cases).hasSize(40);
    }

    @Test
    void fullWidthAndUpperCaseQueriesFindTheCase() {
        db.cases().create(UiCases.of("话费没到账", "星辰卡盟", "KM1", "王小明", "13800138000", "100.00", "加急"));
        db.cases().create(UiCases.of("游戏点卡充错", "月亮卡盟", "km2", "李华", "13900139000", "30.00"));
        model.reload();

        model.searchTextProperty().set("ＫＭ2");
        assertThat(model.shownRows()).extracting(r -> r.refundCase().title()).containsExactly("游戏点卡充错");

        model.searchTextProperty().set("星辰　加急");
        assertThat(model.shownRows()).extracting(r -> r.refundCase().title()).containsExactly("话费没到账");
    }

    @Test
    void choosingARowLoadsTheWholeCaseAndAReloadKeepsTheSelection() {
        List<RefundCase> cases = db.cases().createAll(PlanBenchmark.generate(10, new Random(4)));
        RefundCase withEvents = cases.stream().filter(c -> !c.events().isEmpty()).findFirst().orElseThrow();
        model.reload();
        CaseRow row = model.rows().stream().filter(r -> r.id().equals(withEvents.id())).findFirst().orElseThrow();
        assertThat(row.refundCase().events()).isEmpty(); // a summary row holds only the listed fields

        model.selectedProperty().set(row);

        assertThat(model.openCaseProperty().get()).isEqualTo(db.cases().find(withEvents.id()).orElseThrow());
        assertThat(model.selectedCase()).contains(db.cases().find(withEvents.id()).orElseThrow());

        model.reload();
        assertThat(model.selectedProperty().get().id()).isEqualTo(withEvents.id());
        assertThat(model.openCaseProperty().get().events()).isEqualTo(withEvents.events());
    }
}

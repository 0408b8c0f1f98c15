package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;

class CaseListViewModelTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final List<Instant> insightsAskedAt = new ArrayList<>();
    private CaseListViewModel model;

    @BeforeEach
    void setUp() {
        repository.create(UiCases.of("话费没到账", "星辰卡盟", "KM1", "王小明", "13800138000", "100.00", "加急"));
        repository.create(UiCases.of("游戏点卡充错", "月亮卡盟", "KM2", "李华", "13900139000", "30.00"));
        CaseInsights insights = (c, now) -> {
            insightsAskedAt.add(now);
            Deadline due = new Deadline("R1", now, now.plusSeconds(3600), DeadlineState.OPEN, "b", false, "e", null);
            return new CaseInsight(Verdict.LIKELY, due);
        };
        AppServices services = new AppServices(repository, Path.of("/data"), tasks, dialogs,
                Messages.forTag("zh"), clock, UiPreferences.load(new InMemoryPreferences()), insights);
        model = new CaseListViewModel(services);
    }

    @Test
    void reloadShowsEveryStoredCaseWithItsInsightThroughTheExecutor() {
        assertThat(model.loadedProperty().get()).isFalse();

        model.reload();

        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.rows()).extracting(r -> r.refundCase().title()).containsExactlyInAnyOrder("话费没到账", "游戏点卡充错");
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.insight().verdict()).isEqualTo(Verdict.LIKELY));
        assertThat(insightsAskedAt).containsOnly(clock.instant());
        // the first reading also counts the stored cases (shown while the rows are read); later ones only read
        assertThat(tasks.executedCount()).isEqualTo(2);
        assertThat(model.totalCount().get()).isEqualTo(2);
        assertThat(model.knownCount().get()).isEqualTo(2);

        model.reload();
        assertThat(tasks.executedCount()).isEqualTo(3);
    }

    @Test
    void typingASearchNarrowsTheFilteredRowsButKeepsAllRows() {
        model.reload();

        model.searchTextProperty().set("月亮");

        assertThat(model.shownRows()).extracting(r -> r.refundCase().title()).containsExactly("游戏点卡充错");
        assertThat(model.shownCount().get()).isEqualTo(1);
        assertThat(model.totalCount().get()).isEqualTo(2);

        model.searchTextProperty().set("");
        assertThat(model.shownCount().get()).isEqualTo(2);
    }

    @Test
    void theCountsTellListenersWhenTheyChange() {
        List<Number> shown = new ArrayList<>();
        model.shownCount().addListener((o, was, now) -> shown.add(now));
        model.reload();

        model.searchTextProperty().set("月亮");
        model.searchTextProperty().set("");

        assertThat(shown).containsExactly(2, 1, 2);
    }

    @Test
    void searchingDoesNotQueryTheStore() {
        model.reload();
        repository.failWith("the store must not be asked while typing");

        model.searchTextProperty().set("加急");

        assertThat(model.shownRows()).hasSize(1);
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void deletingAsksFirstAndCancelKeepsTheCase() {
        model.reload();
        CaseRow row = model.rows().get(0);
        model.selectedProperty().set(row);
        dialogs.answerConfirm(false);

        model.deleteSelected();

        assertThat(dialogs.shown("confirm")).singleElement()
                .satisfies(q -> assertThat(q.message()).contains(row.refundCase().title()));
        assertThat(repository.find(row.id())).isPresent();
        assertThat(model.rows()).hasSize(2);
    }

    @Test
    void confirmedDeleteRemovesTheCaseFromStoreAndList() {
        model.reload();
        CaseRow row = model.rows().get(0);
        model.selectedProperty().set(row);
        dialogs.answerConfirm(true);

        model.deleteSelected();

        assertThat(repository.find(row.id())).isEmpty();
        assertThat(model.rows()).extracting(CaseRow::id).doesNotContain(row.id());
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void savingANewCaseStoresItAddsItOnTopAndSelectsIt() {
        model.reload();
        RefundCase fresh = UiCases.of("流量包买错");
        boolean[] done = {false};

        model.save(fresh, true, () -> done[0] = true);

        assertThat(repository.find(fresh.id())).isPresent();
        assertThat(model.rows().get(0).refundCase().title()).isEqualTo("流量包买错");
        assertThat(model.rows().get(0).refundCase().createdAt()).isEqualTo(clock.instant());
        assertThat(model.selectedProperty().get().id()).isEqualTo(fresh.id());
        assertThat(done[0]).isTrue();
    }

    @Test
    void savingAnEditReplacesTheRowInPlace() {
        model.reload();
        RefundCase changed = model.rows().get(1).refundCase().withAssignee("张志愿");

        model.save(changed, false, () -> { });

        assertThat(model.rows()).hasSize(2);
        assertThat(model.rows().get(1).refundCase().assignee()).isEqualTo("张志愿");
    }

    @Test
    void aStoreFailureIsShownAndTheListIsUnchanged() {
        model.reload();
        repository.failWith("disk full");
        dialogs.answerConfirm(false); // not 再试一次 (DiskFullSaveRetryTest)
        boolean[] done = {false};

        model.save(UiCases.of("新的"), true, () -> done[0] = true);

        assertThat(dialogs.shown("confirm")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("磁盘已满").contains("/data"));
        assertThat(model.rows()).hasSize(2);
        assertThat(done[0]).isFalse();
    }
}

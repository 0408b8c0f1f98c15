package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The case list's "next deadline" column agrees with the timeline's wording and still sorts by the due instant. */
@ExtendWith(ApplicationExtension.class)
class NextDeadlineColumnTest {
    // 2029-11-19 01:00 in Shanghai: the platform window closes at 24:00 that day, 23 hours later
    private static final Instant NOW = Instant.parse("2029-11-18T17:00:00Z");
    private static final Instant MIDNIGHT_DUE = Instant.parse("2029-11-19T16:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private TableView<CaseRow> table;

    private static Deadline due(String rule, Instant at) {
        return new Deadline(rule, NOW.minusSeconds(86_400), at, DeadlineState.OPEN, "basis", false, "why", null);
    }

    @Start
    void start(Stage stage) {
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        repository.create(UiCases.of("午夜到期"));
        repository.create(UiCases.of("没有期限"));
        repository.create(UiCases.of("明天上午到期"));
        Map<String, Deadline> deadlines = Map.of(
                "午夜到期", due("PLATFORM_REFUND_WINDOW", MIDNIGHT_DUE),
                "明天上午到期", due("SUPPLEMENT_REPLY", Instant.parse("2029-11-19T02:00:00Z")));
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), Messages.forTag("zh"), clock,
                UiPreferences.load(new InMemoryPreferences()),
                (c, now) -> new CaseInsight(Verdict.LIKELY, deadlines.get(c.title())));
        CaseListViewModel model = new CaseListViewModel(services);
        CaseListView view = new CaseListView(model, services);
        model.reload();
        stage.setScene(new Scene(view, 1400, 500));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableColumn<CaseRow, Deadline> column(FxRobot robot) {
        table = robot.lookup("#caseTable").queryAs(TableView.class);
        return (TableColumn<CaseRow, Deadline>) table.getColumns().stream()
                .filter(c -> "column-nextDeadline".equals(c.getId())).findFirst().orElseThrow();
    }

    private List<String> titles() {
        return table.getItems().stream().map(r -> r.refundCase().title()).toList();
    }

    @Test
    void aDeadlineDueAtMidnightShowsAs2400OfItsDayWithTheRuleAndTheTimeLeft(FxRobot robot) {
        column(robot);

        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(javafx.scene.control.TableCell::getText)
                .contains("2029-11-19 24:00 · 还剩 23 小时 · 平台退款申请期限",
                        "2029-11-19 10:00 · 还剩 9 小时 · 补充材料期限（24 小时）")
                .doesNotContain("2029-11-20 00:00");
        // the column is narrower than the text in a small window: the whole of it is in the cell's tooltip
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .filteredOn(c -> c.getText() != null && c.getText().startsWith("2029-11-19 24:00"))
                .singleElement().satisfies(c -> assertThat(c.getTooltip().getText()).isEqualTo(c.getText()));
    }

    @Test
    void sortingByTheColumnPutsTheSoonestDueInstantFirstAndCasesWithoutOneLast(FxRobot robot) {
        TableColumn<CaseRow, Deadline> next = column(robot);

        // ascending: soonest first ("2029-11-19 10:00" before "2029-11-19 24:00"), cases without one last
        robot.interact(() -> table.getSortOrder().setAll(next));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles()).containsExactly("明天上午到期", "午夜到期", "没有期限");

        robot.interact(() -> next.setSortType(TableColumn.SortType.DESCENDING));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles()).containsExactly("没有期限", "午夜到期", "明天上午到期");
    }
}

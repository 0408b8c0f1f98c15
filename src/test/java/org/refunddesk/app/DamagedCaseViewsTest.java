package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.AutoBackups;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.store.Database;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A case whose stored row no longer reads (issue 15): the real main window lists it as 已损坏 in the case list,
 * the agenda and the dashboard, not as the summary written before the damage; its link and opening it say what is
 * wrong and what to do, never an exception. The store is damaged as the other damage tests do it: a value no enum
 * knows, written by SQL behind the app's back (the case's summary row, written before, still reads).
 */
@ExtendWith(ApplicationExtension.class)
class DamagedCaseViewsTest {
    private static final String DAMAGED = "会损坏的案件";
    private static final String INTACT = "完好的案件";

    private final AtomicInteger exits = new AtomicInteger();
    @TempDir
    Path dataDir;
    private Stage stage;
    private AppStartup startup;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void defaultBackupFolder() throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot().node("org/refunddesk/ui");
        node.remove(AutoBackups.FOLDER_SETTING);
        node.flush();
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (startup != null) {
            robot.interact(startup::stop);
        }
    }

    /** Two cases, each with a deadline in the agenda; then the platform model of one is overwritten by SQL. */
    private UUID damagedStore() throws Exception {
        UUID damaged;
        Instant asked = Instant.now().minus(Duration.ofHours(2));
        try (Database db = Database.open(dataDir)) {
            db.cases().create(UiCases.of(INTACT).withEvent(CaseEvent.of(EventType.SUPPLEMENT_REQUESTED, asked)));
            damaged = db.cases().create(UiCases.of(DAMAGED)
                    .withEvent(CaseEvent.of(EventType.SUPPLEMENT_REQUESTED, asked))).id();
            assertThat(db.summaries().find(damaged).orElseThrow().deadlines())
                    .as("the damaged case has a deadline the agenda lists").isNotEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("refunddesk"), "refunddesk", "");
             PreparedStatement ps = c.prepareStatement("UPDATE cases SET platform_model = '蓝海卡盟' WHERE id = ?")) {
            ps.setObject(1, damaged);
            assertThat(ps.executeUpdate()).isOne();
        }
        return damaged;
    }

    private void launch(FxRobot robot) {
        startup = new AppStartup(new LaunchOptions(dataDir.toString(), false, null, List.of()),
                UiPreferences.load(new InMemoryPreferences()), Clock.systemUTC(), exits::incrementAndGet);
        robot.interact(() -> startup.start(stage));
    }

    @Test
    void theCaseListAgendaAndDashboardShowTheDamagedCaseAsDamagedAndSayWhatToDo(FxRobot robot) throws Exception {
        damagedStore();
        launch(robot);

        // the start-up pass over every case runs after the list is filled and still finds the damage: the banner
        waitUntil(() -> robot.lookup("#damagedCasesBanner").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#damagedCasesBanner").queryAs(Label.class).getText()).contains("1 个案件已损坏");

        // the list (the app opens on Home): the damaged case's status cell says 已损坏 with a link; the intact case
        // keeps its status
        robot.clickOn("视图(_V)").clickOn("案件列表(_L)");
        waitUntil(() -> statusCellOf(robot, DAMAGED).map(c -> "已损坏".equals(c.getText())).orElse(false));
        TableCell<?, ?> intactStatus = statusCellOf(robot, INTACT).orElseThrow();
        assertThat(intactStatus.getText()).isNotEmpty().isNotEqualTo("已损坏");
        TableCell<?, ?> damagedStatus = statusCellOf(robot, DAMAGED).orElseThrow();
        assertThat(damagedStatus.getTableRow().getStyleClass()).contains("case-row-damaged");
        assertThat(verdictCellOf(robot, DAMAGED).getText()).as("no verdict from before the damage").isNullOrEmpty();

        Hyperlink help = robot.from(damagedStatus).lookup(".damaged-help").queryAs(Hyperlink.class);
        assertThat(help.getText()).isEqualTo("怎么办？");
        robot.clickOn(help);
        assertDamageDialog(robot);

        // opening the row (double-click) says the same, instead of an exception
        robot.doubleClickOn(titleCellOf(robot, DAMAGED));
        assertDamageDialog(robot);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no other dialog").isEmpty();

        // the agenda: the damaged case's deadline is listed, the case named as damaged
        robot.clickOn("视图(_V)").clickOn("日程（所有案件的期限）(_A)");
        waitUntil(() -> !robot.lookup("#agenda").queryTableView().getItems().isEmpty());
        waitUntil(() -> robot.lookup("#agenda .table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> (DAMAGED + "（已损坏）").equals(c.getText())));
        assertThat(robot.lookup("#agenda .table-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText))
                .contains(INTACT).doesNotContain(INTACT + "（已损坏）");
        Node agendaRow = robot.lookup("#agenda .table-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> (DAMAGED + "（已损坏）").equals(c.getText())).findFirst().orElseThrow();
        robot.doubleClickOn(agendaRow);
        assertDamageDialog(robot);

        // the dashboard: title marked, status 已损坏
        robot.clickOn("视图(_V)").clickOn("案件看板(_D)");
        waitUntil(() -> robot.lookup("#caseloadTable .table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> (DAMAGED + "（已损坏）").equals(c.getText())));
        List<String> cells = robot.lookup("#caseloadTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertThat(cells).contains("已损坏", INTACT);
    }

    @Test
    void afterTheFirstStartFoundTheDamageTheNextStartListsItAsDamagedAtOnce(FxRobot robot) throws Exception {
        UUID damaged = damagedStore();
        launch(robot);
        waitUntil(() -> statusCellOf(robot, DAMAGED).map(c -> "已损坏".equals(c.getText())).orElse(false));
        robot.interact(startup::stop);
        startup = null;

        // the mark is stored with the summary: a fresh store (no read of the case row yet) already sees it
        try (Database db = Database.open(dataDir)) {
            assertThat(db.summaries().find(damaged).orElseThrow().damaged()).isTrue();
        }
    }

    private void assertDamageDialog(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#dialog-error").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#dialog-error").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(DAMAGED).contains("蓝海卡盟")
                .contains("recover --out").contains("恢复备份").doesNotContain("Exception");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.util.Optional<TableCell<?, ?>> statusCellOf(FxRobot robot, String title) {
        return cellOf(robot, title, "column-status");
    }

    private static TableCell<?, ?> verdictCellOf(FxRobot robot, String title) {
        return cellOf(robot, title, "column-verdict").orElseThrow();
    }

    private static TableCell<?, ?> titleCellOf(FxRobot robot, String title) {
        return cellOf(robot, title, "column-title").orElseThrow();
    }

    /** The cell of this column in the case list's row whose title is this. */
    private static java.util.Optional<TableCell<?, ?>> cellOf(FxRobot robot, String title, String columnId) {
        for (Node node : robot.lookup("#caseTable .table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) node;
            TableRow<?> row = cell.getTableRow();
            if (cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId()) && row != null
                    && row.getItem() instanceof org.refunddesk.ui.cases.CaseRow r && title.equals(r.refundCase().title())) {
                return java.util.Optional.of(cell);
            }
        }
        return java.util.Optional.empty();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

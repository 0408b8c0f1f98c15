package org.refunddesk.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.DeadlineReminder;
import org.refunddesk.rules.reminders.DeadlineWatch;
import org.refunddesk.rules.reminders.ReminderPolicy;
import org.refunddesk.rules.reminders.RuleClockKinds;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.JdbcReminderLog;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.cases.CaseRow;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;
import org.refunddesk.ui.timeline.CasePlanner;
import org.refunddesk.ui.timeline.DeadlineWarnings;
import org.refunddesk.ui.timeline.TimelineEntry;
import org.refunddesk.ui.timeline.TimelineFeature;
import org.refunddesk.ui.wizard.escalation.EscalationFeature;
import org.refunddesk.ui.wizard.escalation.EvidenceStatus;
import org.refunddesk.ui.wizard.evidence.EvidenceFeature;

/**
 * ARCHITECTURE.md "One case, many views": with every feature installed on the real store, a change made in one
 * view of a case shows in every other open view at once, and a case has one tab.
 */
@ExtendWith(ApplicationExtension.class)
class OneModelPerCaseTest {
    private static final String THROUGH_PAYMENT = "REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM, "
            + "DEMAND_SENT@CUSTOMER_SERVICE, COMPLAINT_ANSWERED@CUSTOMER_SERVICE, COMPLAINT_FILED@PAYMENT_PROVIDER, "
            + "COMPLAINT_ANSWERED@PAYMENT_PROVIDER";
    private final Clock clock = Clock.fixed(OffsetDateTime.parse("2026-09-28T10:00:00+08:00").toInstant(), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;
    private Database database;
    private FxTaskExecutor tasks;
    private DeadlineWarnings warnings;
    private RefundCase stalled;

    @Start
    void start(Stage stage) throws Exception {
        database = Database.open(dataDir, clock);
        stalled = database.cases().create(EscalationFixtures.withEvents(
                EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), THROUGH_PAYMENT));
        database.cases().create(UiCases.of("流量包买重复"));
        EvidenceVault vault = new EvidenceVault(database, clock);
        vault.attach(EvidenceAttachment.of(stalled.id(), Files.writeString(userFiles.resolve("订单.png"), "x"),
                EvidenceCategory.PURCHASE_PROOF).toChecklistItem("order-screenshot"));
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(database.cases(), dataDir, tasks, dialogs, messages, clock,
                UiPreferences.load(new InMemoryPreferences()),
                (c, now) -> new CaseInsight(Verdict.LIKELY, null)); // what the rules say now, for list and header alike
        MainWindow window = new MainWindow(services);
        CasePlanner planner = (c, now) -> DeadlinePlanner.plan(c, now, RuleBooks.builtIn(),
                WorkingDayCalendars.bundled(), messages);
        RuleClockKinds kinds = RuleClockKinds.byLength();
        DeadlineWatch watch = new DeadlineWatch(List::of, new JdbcReminderLog(database),
                new DeadlineReminder(ReminderPolicy.DEFAULT, kinds), clock);
        warnings = new DeadlineWarnings(services, watch, kinds);
        new CasesFeature(services).install(window);
        new TimelineFeature(services, planner, warnings).install(window);
        new EvidenceFeature(services, vault).install(window);
        new EscalationFeature(services, () -> EscalationServices.builtIn(messages), EvidenceStatus.Source.NONE)
                .install(window);
        new CaseWorkspaceFeature(services, () -> EscalationServices.builtIn(messages)).install(window);
        stage.setScene(new Scene(window.root(), 1280, 760));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage s
                && s.getOwner() != null).forEach(Window::hide));
        robot.interact(warnings::stop);
        WaitForAsyncUtils.waitForFxEvents();
        tasks.shutdown();
        database.close();
    }

    @Test
    void anEscalationStepShowsInTheOpenTimelineWithItsClockAndStatus(FxRobot robot) throws Exception {
        openFromList(robot, "话费未到账");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        until(() -> timelineHas(robot, "PAYMENT_PROVIDER_RESULT") || timelineRows(robot) > 0);
        assertThat(timelineHasDeadline(robot, "REGULATOR_ACCEPTANCE")).isFalse();

        // the workspace tab is in front: the case menu acts on its case
        robot.clickOn(caseMenu(robot)).clickOn("升级投诉(_A)…");
        until(() -> robot.lookup("#standingPage").tryQuery().isPresent()
                && robot.lookup("#stepChoice").tryQuery().isPresent()
                && robot.lookup("#stepChoice").queryComboBox().getValue() != null);
        next(robot);
        until(() -> robot.lookup("#preconditionsPage").tryQuery().isPresent());
        next(robot);
        until(() -> robot.lookup("#letterPage").tryQuery().isPresent());
        next(robot);
        until(() -> robot.lookup("#filingPage").tryQuery().isPresent());
        robot.clickOn("#ticketRef").write("T-1");
        robot.clickOn("#fileComplaint");
        until(() -> !robot.lookup("#startedClocks").queryListView().getItems().isEmpty());
        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.FINISH));

        // the timeline that stayed open shows the new event's clock, the header the status it led to
        until(() -> timelineHasDeadline(robot, "REGULATOR_ACCEPTANCE"));
        until(() -> robot.lookup("#workspaceStatus").queryAs(Label.class).getText().contains("已升级投诉"));
        assertThat(database.cases().find(stalled.id()).orElseThrow().status().name()).isEqualTo("ESCALATED");
    }

    @Test
    void theWorkspaceHeaderShowsTheVerdictTheListShowsForACaseNeverSavedWithAnAssessment(FxRobot robot)
            throws Exception {
        openFromList(robot, "话费未到账");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#workspaceVerdict").tryQuery().isPresent()
                && robot.lookup("#workspaceVerdict").queryAs(Label.class).getText().contains("很可能退款"));
    }

    @Test
    void aSuccessfulVerificationShowsInTheVerificationBox(FxRobot robot) throws Exception {
        openFromList(robot, "话费未到账");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#wizardNext").tryQuery().isPresent());
        robot.clickOn("#wizardNext").clickOn("#wizardNext");
        Label box = robot.lookup("#verificationResult").queryAs(Label.class);
        assertThat(box.getText()).isEqualTo("尚未校验");

        robot.clickOn("#verifyNow");

        until(() -> box.getText().contains("1 个文件完好"));
    }

    @Test
    void theStatusBarShowsTheScoreOfTheCaseInFront(FxRobot robot) throws Exception {
        openFromList(robot, "流量包买重复");
        until(() -> "证据完整度 0%".equals(statusScore(robot)));
        robot.clickOn("话费未到账");
        until(() -> !"证据完整度 0%".equals(statusScore(robot)) && !statusScore(robot).isEmpty());
        String stalledScore = statusScore(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#evidenceScore").tryQuery().isPresent());

        // back on the list, another case selected: the bar follows; the case tab in front: its case again
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("案件")).queryAs(Node.class));
        robot.clickOn("流量包买重复");
        until(() -> "证据完整度 0%".equals(statusScore(robot)));
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("话费未到账")).queryAs(Node.class));
        until(() -> stalledScore.equals(statusScore(robot)));
    }

    @Test
    void caseCommandsWorkFromTheCaseTabAndTheListKeepsItsSelection(FxRobot robot) throws Exception {
        openFromList(robot, "话费未到账");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#caseWorkspace").tryQuery().isPresent());

        Menu caseMenu = menu(robot, "menu-case");
        assertThat(caseMenu.getItems()).filteredOn(i -> i.getText() != null)
                .allSatisfy(i -> assertThat(i.isDisable()).as(i.getText()).isFalse());
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("案件")).queryAs(Node.class));
        @SuppressWarnings("unchecked")
        TableView<CaseRow> table = robot.lookup("#caseTable").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem()).isNotNull();
        assertThat(table.getSelectionModel().getSelectedItem().refundCase().id()).isEqualTo(stalled.id());
    }

    @Test
    void aCaseHasOneTabWhicheverWayItIsOpened(FxRobot robot) throws Exception {
        openFromList(robot, "话费未到账");
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        until(() -> robot.lookup("#caseWorkspace").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("案件")).queryAs(Node.class));
        // from the list, by keyboard (Enter runs the same "open" as a double-click)
        robot.clickOn(robot.lookup("#caseTable .table-cell").match(LabeledMatchers.hasText("话费未到账"))
                .queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        until(() -> "话费未到账".equals(views.getSelectionModel().getSelectedItem().getText()));
        assertThat(views.getTabs()).extracting(t -> t.getText()).containsExactly("案件", "话费未到账");
        assertThat(views.getSelectionModel().getSelectedItem().getText()).isEqualTo("话费未到账");
    }

    private void openFromList(FxRobot robot, String title) throws TimeoutException {
        until(() -> robot.lookup(title).tryQuery().isPresent());
        robot.clickOn(title);
    }

    private static int timelineRows(FxRobot robot) {
        return robot.lookup("#timeline").tryQuery().map(n -> ((ListView<?>) n).getItems().size()).orElse(0);
    }

    private static boolean timelineHas(FxRobot robot, String rule) {
        return timelineHasDeadline(robot, rule);
    }

    private static boolean timelineHasDeadline(FxRobot robot, String rule) {
        return robot.lookup("#timeline").tryQuery().map(n -> ((ListView<?>) n).getItems().stream()
                .anyMatch(e -> e instanceof TimelineEntry t && t.deadline() != null && rule.equals(t.deadline().rule())))
                .orElse(false);
    }

    private static String statusScore(FxRobot robot) {
        return robot.lookup("#statusEvidenceScore").queryAs(Label.class).getText();
    }

    private static Node caseMenu(FxRobot robot) {
        return robot.lookup(".menu-bar .menu-button").match(LabeledMatchers.hasText("案件(_C)")).query();
    }

    private static Menu menu(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }

    private static void next(FxRobot robot) {
        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD));
    }

    private static Button wizardButton(FxRobot robot, ButtonBar.ButtonData data) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> ButtonBar.getButtonData(b) == data && b.isVisible()).findFirst().orElseThrow();
    }

    private static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}

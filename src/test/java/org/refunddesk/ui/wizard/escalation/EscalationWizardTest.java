package org.refunddesk.ui.wizard.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.reminders.DeadlineReminder;
import org.refunddesk.rules.reminders.DeadlineWatch;
import org.refunddesk.rules.reminders.ReminderPolicy;
import org.refunddesk.rules.reminders.RuleClockKinds;
import org.refunddesk.store.Database;
import org.refunddesk.store.JdbcReminderLog;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.timeline.AgendaViewModel;
import org.refunddesk.ui.timeline.CasePlanner;
import org.refunddesk.ui.timeline.DeadlineWarnings;
import org.refunddesk.ui.timeline.TimelineEntry;
import org.refunddesk.ui.timeline.TimelineFeature;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The escalation wizard walked through real controls, on the real store, rules and task executor; then the
 * case's timeline (the timeline feature's view) shows the clock the filing started.
 */
@ExtendWith(ApplicationExtension.class)
class EscalationWizardTest {
    private final Clock clock = Clock.fixed(OffsetDateTime.parse("2026-09-28T10:00:00+08:00").toInstant(), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    @TempDir
    Path dataDir;
    private Database database;
    private FxTaskExecutor tasks;
    private RefundCase stalled;
    private MainWindow window;
    private TimelineFeature timeline;

    @Start
    void start(Stage stage) {
        database = Database.open(dataDir, clock);
        stalled = database.cases().create(EscalationFixtures.withEvents(
                EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), EscalationWizardViewModelTest.THROUGH_PAYMENT));
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(database.cases(), dataDir, tasks, dialogs, messages, clock,
                UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        window = new MainWindow(services);
        new CasesFeature(services).install(window);
        CasePlanner planner = (c, now) -> DeadlinePlanner.plan(c, now, RuleBooks.builtIn(),
                WorkingDayCalendars.bundled(), messages);
        RuleClockKinds kinds = RuleClockKinds.byLength();
        DeadlineWatch watch = new DeadlineWatch(() -> AgendaViewModel.collect(List.of(), planner, clock.instant()),
                new JdbcReminderLog(database), new DeadlineReminder(ReminderPolicy.DEFAULT, kinds), clock);
        // the timeline view of the timeline feature, opened directly (its warnings timer is not started here)
        timeline = new TimelineFeature(services, planner, new DeadlineWarnings(services, watch, kinds));
        new EscalationFeature(services, () -> EscalationServices.builtIn(messages), EvidenceStatus.Source.NONE)
                .install(window);
        stage.setScene(new Scene(window.root(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void closeStore(FxRobot robot) {
        // A wizard left open by a failed assertion would end its showAndWait after the store closed.
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage stage
                && stage.getOwner() != null).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        tasks.shutdown();
        database.close();
    }

    private static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    private static Button wizardButton(FxRobot robot, ButtonBar.ButtonData data) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> ButtonBar.getButtonData(b) == data && b.isVisible()).findFirst().orElseThrow();
    }

    @Test
    void walkTheWizardToA12315ComplaintFileItAndSeeTheRegulatorClock(FxRobot robot) throws TimeoutException {
        robot.clickOn("话费未到账");
        Node caseMenu = robot.lookup(".menu-bar .menu-button").match(LabeledMatchers.hasText("案件(_C)")).query();
        robot.clickOn(caseMenu).clickOn("升级投诉(_A)…");
        waitFor(robot, "#standingPage");
        // the standing is loaded off the FX thread: wait until the steps and the recommendation are both shown
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#takenSteps").queryListView().getItems().isEmpty()
                        && robot.lookup("#stepChoice").queryAs(ComboBox.class).getValue() != null);

        // page 1: where the case stands, and the recommendation
        assertThat(robot.lookup("#takenSteps").queryListView().getItems()).hasSize(3);
        assertThat(robot.lookup("#standing").queryAs(Label.class).getText()).contains("12315");
        @SuppressWarnings("unchecked")
        ComboBox<Channel> step = robot.lookup("#stepChoice").queryAs(ComboBox.class);
        assertThat(step.getValue()).isEqualTo(Channel.REGULATOR_12315);
        // ControlsFX labels its buttons in English: the Chinese UI must not show "Next" / "Cancel"
        assertThat(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD).getText()).isEqualTo("下一步");
        assertThat(wizardButton(robot, ButtonBar.ButtonData.BACK_PREVIOUS).getText()).isEqualTo("上一步");
        assertThat(wizardButton(robot, ButtonBar.ButtonData.CANCEL_CLOSE).getText()).isEqualTo("取消");
        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD));

        // page 2: the art. 9 preconditions hold for this case
        waitFor(robot, "#preconditionsPage");
        assertThat(robot.lookup("#check-BUSINESS_ADDRESS-OK").tryQuery()).isPresent();
        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD));

        // page 3: the draft, marked as such, edited by the user
        waitFor(robot, "#letterPage");
        assertThat(robot.lookup("#letterBanner").queryAs(Label.class).getText()).contains("草稿", "不构成法律意见");
        TextArea letter = robot.lookup("#letterText").queryAs(TextArea.class);
        assertThat(letter.getText()).contains("投诉书（12315/市场监管）", EscalationFixtures.ORDER_NO, "2026-10-08");
        robot.clickOn(letter);
        robot.interact(letter::end);
        robot.write(" PS: screenshots attached.");
        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD));

        // page 4: record the filing and see the clock it started
        waitFor(robot, "#filingPage");
        robot.clickOn("#ticketRef").write("T-12315-0001");
        robot.clickOn("#fileComplaint");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#startedClocks").queryListView().getItems().isEmpty());
        ListView<String> clocks = robot.lookup("#startedClocks").queryListView();
        assertThat(clocks.getItems()).anySatisfy(l -> assertThat(l).contains("12315 受理决定", "2026-10-14 00:00"))
                .allSatisfy(l -> assertThat(l).doesNotContainPattern("[A-Z]+_[A-Z_]+"));
        assertThat(clocks.isVisible()).isTrue();

        CaseEvent filed = database.cases().find(stalled.id()).orElseThrow().events().stream()
                .filter(e -> e.type() == EventType.COMPLAINT_FILED && e.channel() == Channel.REGULATOR_12315)
                .findFirst().orElseThrow();
        assertThat(filed.ref()).isEqualTo("T-12315-0001");
        assertThat(filed.text()).contains(EscalationFixtures.ORDER_NO).endsWith("PS: screenshots attached.");

        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.FINISH));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#filingPage").tryQuery().isEmpty());

        // the case's timeline now shows the regulator's acceptance clock
        RefundCase afterFiling = database.cases().find(stalled.id()).orElseThrow();
        robot.interact(() -> timeline.openTimeline(window, afterFiling));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#timeline").tryQuery().isPresent()
                && robot.lookup("#timeline").queryListView().getItems().stream()
                .anyMatch(e -> e instanceof TimelineEntry t && t.deadline() != null));
        assertThat(robot.lookup("#timeline").queryListView().getItems()).anySatisfy(item -> {
            TimelineEntry entry = (TimelineEntry) item;
            assertThat(entry.kind()).isEqualTo(TimelineEntry.Kind.DEADLINE);
            assertThat(entry.deadline().rule()).isEqualTo("REGULATOR_ACCEPTANCE");
            assertThat(entry.deadline().dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-14T00:00:00+08:00").toInstant());
        });
    }
}

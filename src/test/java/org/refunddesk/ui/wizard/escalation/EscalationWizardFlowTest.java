package org.refunddesk.ui.wizard.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.help.Guide;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The escalation wizard's pages as a user meets them (issues 12 and 13): a step that does not fit is refused
 * with its reasons until the user says they read them, blanks of the draft are highlighted, finishing without
 * recording the filing asks whether it was sent, the "?" opens the guide, and the dialog keeps its size.
 */
@ExtendWith(ApplicationExtension.class)
class EscalationWizardFlowTest {
    private final Clock clock = Clock.fixed(OffsetDateTime.parse("2026-09-28T10:00:00+08:00").toInstant(), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    @TempDir
    Path dataDir;
    private Database database;
    private FxTaskExecutor tasks;
    private RefundCase stalled;
    private RefundCase noAddress;
    private MainWindow window;
    private EscalationFeature feature;

    @Start
    void start(Stage stage) {
        database = Database.open(dataDir, clock);
        RefundCase complete = EscalationFixtures.withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                EscalationWizardViewModelTest.THROUGH_PAYMENT);
        stalled = database.cases().create(complete);
        var p = complete.platform();
        noAddress = database.cases().create(new RefundCase(null, "话费未到账（无地址）", complete.consumer(), null,
                List.of(), new org.refunddesk.domain.Platform(p.name(), p.url(), p.model(), p.status(), null),
                complete.purchase(), complete.problem(), complete.events(), null, List.of(), null, null, null));
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(database.cases(), dataDir, tasks, dialogs, messages, clock,
                UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        window = new MainWindow(services);
        new CasesFeature(services).install(window);
        feature = new EscalationFeature(services, () -> EscalationServices.builtIn(messages), EvidenceStatus.Source.NONE);
        feature.install(window);
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void closeStore(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w instanceof Stage stage
                && stage.getOwner() != null).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        tasks.shutdown();
        database.close();
    }

    private void open(FxRobot robot, RefundCase c) throws TimeoutException {
        Platform.runLater(() -> feature.escalate(window, c));
        waitFor(robot, "#standingPage");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#stepChoice").queryAs(ComboBox.class).getValue() != null);
    }

    private static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    private static Button wizardButton(FxRobot robot, ButtonBar.ButtonData data) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> ButtonBar.getButtonData(b) == data && b.isVisible()).findFirst().orElseThrow();
    }

    private static void next(FxRobot robot) {
        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD));
    }

    private static DialogPane page(FxRobot robot) {
        return robot.lookup(".wizard-pane").queryAs(DialogPane.class);
    }

    private static Bounds windowBounds(FxRobot robot) {
        Window w = page(robot).getScene().getWindow();
        return new BoundingBox(w.getX(), w.getY(), w.getWidth(), w.getHeight());
    }

    private void to12315WithoutAddress(FxRobot robot) throws TimeoutException {
        open(robot, noAddress);
        robot.clickOn("#stepChoice").clickOn("12315/市场监管");
        next(robot);
        waitFor(robot, "#preconditionsPage");
    }

    @Test
    void aStepThatDoesNotFitShowsItsReasonsAndGoesOnOnlyOnceTheyWereRead(FxRobot robot) throws TimeoutException {
        to12315WithoutAddress(robot);

        assertThat(robot.lookup("#refusalBox").query().isVisible()).isTrue();
        assertThat(robot.lookup("#refusals .label").queryAllAs(Labeled.class)).singleElement()
                .satisfies(l -> assertThat(l.getText()).contains("第九条"));
        assertThat(robot.lookup("#whereToFind").queryAs(Labeled.class).getText()).contains("www.gsxt.gov.cn");
        assertThat(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD).isDisabled()).isTrue();

        robot.clickOn("#refusalsRead");
        assertThat(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD).isDisabled()).isFalse();
        next(robot);
        waitFor(robot, "#letterPage");
        // the same warning block as `letter --force`, naming the failed precondition
        assertThat(robot.lookup("#letterText").queryAs(TextArea.class).getText()).startsWith("【警告：")
                .contains("第九条");
    }

    @Test
    void theLetterPageHighlightsEachBlankAndSelectsItInTheText(FxRobot robot) throws TimeoutException {
        to12315WithoutAddress(robot);
        robot.clickOn("#refusalsRead");
        next(robot);
        waitFor(robot, "#letterPage");
        WaitForAsyncUtils.waitForFxEvents();

        TextArea text = robot.lookup("#letterText").queryAs(TextArea.class);
        List<Button> blanks = robot.lookup("#letterBlanks .letter-blank").queryAllAs(Button.class).stream().toList();
        assertThat(blanks).isNotEmpty().allSatisfy(b -> {
            assertThat(b.getText()).startsWith("【请填写：");
            assertThat(text.getText()).contains(b.getText());
        });
        // entering the page selected the first blank; clicking the last selects that one
        assertThat(text.getSelectedText()).isEqualTo(blanks.get(0).getText());
        Button last = blanks.get(blanks.size() - 1);
        robot.clickOn(last);
        assertThat(text.getSelectedText()).isEqualTo(last.getText());
        assertThat(text.isFocused()).isTrue();
    }

    private void toFilingPage(FxRobot robot, List<Bounds> sizes) throws TimeoutException {
        open(robot, stalled);
        sizes.add(windowBounds(robot));
        next(robot);
        waitFor(robot, "#preconditionsPage");
        sizes.add(windowBounds(robot));
        next(robot);
        waitFor(robot, "#letterPage");
        sizes.add(windowBounds(robot));
        next(robot);
        waitFor(robot, "#filingPage");
        sizes.add(windowBounds(robot));
    }

    private List<EventType> eventTypes() {
        return database.cases().find(stalled.id()).orElseThrow().events().stream().map(e -> e.type()).toList();
    }

    @Test
    void finishingWithoutRecordingAsksAndYesRecordsTheFilingWithTheSameChannel(FxRobot robot) throws TimeoutException {
        List<Bounds> sizes = new ArrayList<>();
        toFilingPage(robot, sizes);
        String header = page(robot).getHeaderText();
        assertThat(header).contains("12315/市场监管");
        dialogs.answerConfirm(true);

        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.FINISH));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#filingPage").tryQuery().isEmpty());

        assertThat(dialogs.shown("confirm")).singleElement()
                .satisfies(q -> assertThat(q.title()).contains("12315/市场监管"));
        assertThat(dialogs.shown("notify")).anySatisfy(n -> assertThat(n.message()).contains("12315/市场监管"));
        assertThat(database.cases().find(stalled.id()).orElseThrow().events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.COMPLAINT_FILED);
            assertThat(e.channel()).isEqualTo(Channel.REGULATOR_12315);
        });
        // one size and place on every page, within a 1024x700 screen
        assertThat(sizes).allSatisfy(b -> assertThat(b).isEqualTo(sizes.get(0)));
        assertThat(sizes.get(0).getWidth()).isLessThanOrEqualTo(1024);
        assertThat(sizes.get(0).getHeight()).isLessThanOrEqualTo(700);
    }

    @Test
    void finishingWithoutRecordingAndNotSentRecordsNothingAndSaysSo(FxRobot robot) throws TimeoutException {
        toFilingPage(robot, new ArrayList<>());
        long filedBefore = eventTypes().stream().filter(t -> t == EventType.COMPLAINT_FILED).count();
        dialogs.answerConfirm(false);

        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.FINISH));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#filingPage").tryQuery().isEmpty());

        assertThat(eventTypes().stream().filter(t -> t == EventType.COMPLAINT_FILED).count()).isEqualTo(filedBefore);
        assertThat(dialogs.shown("notify")).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("没有记录向12315/市场监管的提交", "DOCX"));
    }

    @Test
    void theQuestionMarkOpensTheGuideAtTheLadder(FxRobot robot) throws TimeoutException {
        open(robot, stalled);
        robot.clickOn("#wizardHelp");
        waitFor(robot, "#guideWindow");
        Node current = robot.lookup("#guideWindow ." + Guide.CURRENT).query();
        assertThat(current.getId()).isEqualTo("guide-ladder");
        // the wizard's pages never show internal ids
        assertThat(robot.lookup("#standingPage .label").queryAllAs(Labeled.class))
                .allSatisfy(l -> assertThat(l.getText() == null ? "" : l.getText())
                        .doesNotContainPattern("[A-Z]+_[A-Z_]+"));
    }
}

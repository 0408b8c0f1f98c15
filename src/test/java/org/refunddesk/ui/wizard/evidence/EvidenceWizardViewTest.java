package org.refunddesk.ui.wizard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceFixtures;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/** The evidence wizard through its real controls, with the real vault and background tasks. */
@ExtendWith(ApplicationExtension.class)
class EvidenceWizardViewTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-05T04:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;
    private Database db;
    private FxTaskExecutor tasks;
    private EvidenceWizardView view;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @Start
    void start(Stage stage) {
        db = Database.open(dataDir, clock);
        RefundCase refundCase = db.cases().create(
                EvidenceFixtures.refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.DIRECT_TOPUP));
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(db.cases(), dataDir, tasks, dialogs, Messages.forTag("zh"), clock,
                UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        EvidenceWizardViewModel model = new EvidenceWizardViewModel(services, new EvidenceVault(db, clock),
                EvidenceChecklist.builtIn(), refundCase);
        view = new EvidenceWizardView(model);
        model.load();
        stage.setScene(new Scene(view, 1000, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        db.close();
    }

    private String scoreText(FxRobot robot) {
        return robot.lookup("#evidenceScore").queryAs(Label.class).getText();
    }

    @org.junit.jupiter.api.BeforeEach
    void waitForTheFirstLoad() throws Exception {
        waitUntil(() -> tasks.running().isEmpty());
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theQuestionMarkOpensTheGuideAtTheEvidenceChain(FxRobot robot) throws Exception {
        robot.clickOn("#wizardHelp");
        waitUntil(() -> robot.lookup("#guideWindow").tryQuery().isPresent());
        javafx.scene.Node current = robot.lookup("#guideWindow ." + org.refunddesk.ui.help.Guide.CURRENT).query();
        assertThat(current.getId()).isEqualTo("guide-evidence");
        robot.interact(() -> current.getScene().getWindow().hide());
    }

    @Test
    void pickingAFileForAChecklistItemAttachesItAndTheCompletenessScoreRises(FxRobot robot) throws Exception {
        assertThat(scoreText(robot)).isEqualTo("0%");
        Path screenshot = Files.writeString(userFiles.resolve("订单 截图.png"), "not really a png");
        dialogs.answerFile(screenshot);

        robot.clickOn("#pick-order-screenshot");
        waitUntil(() -> !scoreText(robot).equals("0%"));

        int score = Integer.parseInt(scoreText(robot).replace("%", ""));
        assertThat(score).isPositive();
        assertThat(robot.lookup("#evidenceScoreBar").queryAs(ProgressBar.class).getProgress()).isEqualTo(score / 100.0);
        FlowPane files = robot.lookup("#files-order-screenshot").queryAs(FlowPane.class);
        assertThat(files.getChildren()).singleElement().satisfies(n -> assertThat(((Label) n).getText()).isEqualTo("订单 截图.png"));
        assertThat(robot.lookup("#checklist-order-screenshot").query().getStyleClass()).contains("evidence-covered");
    }

    @Test
    void filesDroppedOnAChecklistItemAreAttachedToIt(FxRobot robot) throws Exception {
        Path carrier = Files.writeString(userFiles.resolve("10086 短信.png"), "sms");
        Path order = Files.writeString(userFiles.resolve("order.png"), "order");

        robot.interact(() -> view.checklistRow("not-arrived-record").dropFiles(List.of(carrier.toFile())));
        waitUntil(() -> !scoreText(robot).equals("0%"));
        String afterOne = scoreText(robot);
        robot.interact(() -> view.checklistRow("order-screenshot").dropFiles(List.of(order.toFile())));
        waitUntil(() -> !scoreText(robot).equals(afterOne));

        assertThat(Integer.parseInt(scoreText(robot).replace("%", ""))).isGreaterThan(Integer.parseInt(afterOne.replace("%", "")));
        FlowPane files = robot.lookup("#files-not-arrived-record").queryAs(FlowPane.class);
        assertThat(files.getChildren()).singleElement().satisfies(n -> assertThat(((Label) n).getText()).isEqualTo("10086 短信.png"));
    }

    @Test
    void tickingWhatAFileShowsOnTheSecondPageClosesThatGapOnTheThird(FxRobot robot) throws Exception {
        Path order = Files.writeString(userFiles.resolve("order.png"), "order");
        robot.interact(() -> view.checklistRow("order-screenshot").dropFiles(List.of(order.toFile())));
        waitUntil(() -> !scoreText(robot).equals("0%"));
        String before = scoreText(robot);

        robot.clickOn("#wizardNext");
        robot.clickOn("order.png · 购买凭证");
        robot.clickOn("#fact-order_number");
        waitUntil(() -> !scoreText(robot).equals(before));
        robot.clickOn("#wizardNext");

        assertThat(robot.lookup("#fact-order_number").queryAs(CheckBox.class).isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<String> gaps = robot.lookup("#gapList").queryAs(ListView.class);
        assertThat(gaps.getItems()).isNotEmpty().doesNotContain("没有任何一份证据能看到订单号");
        assertThat(robot.lookup("#wizardStep").queryAs(Label.class).getText()).startsWith("第 3/3 步");
    }

    @Test
    void aFileRemovedToTheTrashCanBeRestoredFromTheFactsPage(FxRobot robot) throws Exception {
        Path order = Files.writeString(userFiles.resolve("order.png"), "order");
        robot.interact(() -> view.checklistRow("order-screenshot").dropFiles(List.of(order.toFile())));
        waitUntil(() -> !scoreText(robot).equals("0%"));
        robot.clickOn("#wizardNext");
        robot.clickOn("order.png · 购买凭证");
        robot.clickOn("#removeReason").write("截错了");
        dialogs.answerConfirm(true);
        robot.clickOn("#removeFile");
        waitUntil(() -> robot.lookup("#evidenceFiles").queryAs(ListView.class).getItems().isEmpty());

        robot.clickOn("回收站（1 个文件）");
        waitUntil(() -> robot.lookup("#trashFiles").query().isVisible());
        robot.clickOn(robot.lookup("#trashFiles .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> !robot.lookup("#restoreFile").query().isDisabled());
        robot.clickOn("#restoreFile");
        waitUntil(() -> robot.lookup("#trashFiles").queryAs(ListView.class).getItems().isEmpty());

        assertThat(robot.lookup("#evidenceFiles").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#evidenceTrash").queryAs(javafx.scene.control.TitledPane.class).getText())
                .isEqualTo("回收站（0 个文件）");
        assertThat(robot.lookup("#emptyTrash").query().isDisabled()).isTrue();
    }
}

package org.refunddesk.ui.wizard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

/** The evidence wizard through its real controls, with the real vault and background tasks. */
@ExtendWith(ApplicationExtension.class)
class EvidenceWizardViewTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;
    private EvidenceWizardFixture wizard;

    @Start
    void start(Stage stage) {
        wizard = new EvidenceWizardFixture(stage, dataDir);
    }

    @AfterEach
    void close() {
        wizard.close();
    }

    private String scoreText(FxRobot robot) {
        return robot.lookup("#evidenceScore").queryAs(Label.class).getText();
    }

    @org.junit.jupiter.api.BeforeEach
    void waitForTheFirstLoad() throws Exception {
        wizard.waitUntil(() -> wizard.tasks.running().isEmpty());
    }

    @Test
    void theQuestionMarkOpensTheGuideAtTheEvidenceChain(FxRobot robot) throws Exception {
        robot.clickOn("#wizardHelp");
        wizard.waitUntil(() -> robot.lookup("#guideWindow").tryQuery().isPresent());
        javafx.scene.Node current = robot.lookup("#guideWindow ." + org.refunddesk.ui.help.Guide.CURRENT).query();
        assertThat(current.getId()).isEqualTo("guide-evidence");
        robot.interact(() -> current.getScene().getWindow().hide());
    }

    @Test
    void pickingAFileForAChecklistItemAttachesItAndTheCompletenessScoreRises(FxRobot robot) throws Exception {
        assertThat(scoreText(robot)).isEqualTo("0%");
        Path screenshot = Files.writeString(userFiles.resolve("订单 截图.png"), "not really a png");
        wizard.dialogs.answerFile(screenshot);

        robot.clickOn("#pick-order-screenshot");
        wizard.waitUntil(() -> !scoreText(robot).equals("0%"));

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

        robot.interact(() -> wizard.view.checklistRow("not-arrived-record").dropFiles(List.of(carrier.toFile())));
        wizard.waitUntil(() -> !scoreText(robot).equals("0%"));
        String afterOne = scoreText(robot);
        robot.interact(() -> wizard.view.checklistRow("order-screenshot").dropFiles(List.of(order.toFile())));
        wizard.waitUntil(() -> !scoreText(robot).equals(afterOne));

        assertThat(Integer.parseInt(scoreText(robot).replace("%", ""))).isGreaterThan(Integer.parseInt(afterOne.replace("%", "")));
        FlowPane files = robot.lookup("#files-not-arrived-record").queryAs(FlowPane.class);
        assertThat(files.getChildren()).singleElement().satisfies(n -> assertThat(((Label) n).getText()).isEqualTo("10086 短信.png"));
    }

    @Test
    void tickingWhatAFileShowsOnTheSecondPageClosesThatGapOnTheThird(FxRobot robot) throws Exception {
        Path order = Files.writeString(userFiles.resolve("order.png"), "order");
        robot.interact(() -> wizard.view.checklistRow("order-screenshot").dropFiles(List.of(order.toFile())));
        wizard.waitUntil(() -> !scoreText(robot).equals("0%"));
        String before = scoreText(robot);

        robot.clickOn("#wizardNext");
        robot.clickOn("order.png · 购买凭证");
        robot.clickOn("#fact-order_number");
        wizard.waitUntil(() -> !scoreText(robot).equals(before));
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
        robot.interact(() -> wizard.view.checklistRow("order-screenshot").dropFiles(List.of(order.toFile())));
        wizard.waitUntil(() -> !scoreText(robot).equals("0%"));
        robot.clickOn("#wizardNext");
        robot.clickOn("order.png · 购买凭证");
        robot.clickOn("#removeReason").write("截错了");
        wizard.dialogs.answerConfirm(true);
        robot.clickOn("#removeFile");
        wizard.waitUntil(() -> robot.lookup("#evidenceFiles").queryAs(ListView.class).getItems().isEmpty());

        robot.clickOn("回收站（1 个文件）");
        wizard.waitUntil(() -> robot.lookup("#trashFiles").query().isVisible());
        robot.clickOn(robot.lookup("#trashFiles .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        wizard.waitUntil(() -> !robot.lookup("#restoreFile").query().isDisabled());
        robot.clickOn("#restoreFile");
        wizard.waitUntil(() -> robot.lookup("#trashFiles").queryAs(ListView.class).getItems().isEmpty());

        assertThat(robot.lookup("#evidenceFiles").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#evidenceTrash").queryAs(javafx.scene.control.TitledPane.class).getText())
                .isEqualTo("回收站（0 个文件）");
        assertThat(robot.lookup("#emptyTrash").query().isDisabled()).isTrue();
    }
}

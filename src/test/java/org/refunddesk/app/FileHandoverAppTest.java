package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.store.SecondJvm;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Files that reach the running app: a second launch with a case file hands it over and the first app
 * shows the import preview, a second launch with a full backup the restore preview; a file given at start
 * gets its preview too.
 */
@ExtendWith(ApplicationExtension.class)
class FileHandoverAppTest {
    private final AtomicInteger exits = new AtomicInteger();
    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;
    private Stage stage;
    private AppStartup startup;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (startup != null) {
            robot.interact(startup::stop);
        }
    }

    private void launch(FxRobot robot, List<String> command) throws TimeoutException {
        startup = new AppStartup(new LaunchOptions(dataDir.toString(), false, null, command),
                UiPreferences.load(new InMemoryPreferences()), Clock.systemUTC(), exits::incrementAndGet);
        robot.interact(() -> startup.start(stage));
        waitUntil(() -> shownCases(robot) >= 0);
    }

    private Path caseFile() throws IOException {
        Path file = downloads.resolve("话费未到账.refundcase.json");
        Files.copy(FileHandoverAppTest.class.getResourceAsStream("/org/refunddesk/installer/smoke-case.json"), file);
        return file;
    }

    @Test
    void aSecondLaunchWithACaseFileHandsItToTheRunningAppWhichPreviewsAndImportsIt(FxRobot robot) throws Exception {
        launch(robot, List.of());
        Path file = caseFile();

        secondLaunch(file);

        waitUntil(() -> robot.lookup("#handoverCasePreview").tryQuery().isPresent());
        assertThat(text(robot, "#handoverCaseTitle")).isEqualTo("话费直充100元未到账（打包冒烟测试）");
        assertThat(text(robot, "#handoverCasePlatform")).isEqualTo("冒烟卡盟");
        assertThat(text(robot, "#handoverCaseAmount")).isEqualTo("100.00 元");
        assertThat(text(robot, "#handoverCaseEvents")).isEqualTo("0");
        assertThat(robot.lookup("#handoverCasePreview").queryAs(DialogPane.class).getHeaderText())
                .contains("话费未到账.refundcase.json");
        assertThat(shownCases(robot)).as("nothing is stored before the user says so").isZero();

        robot.clickOn("导入");
        waitUntil(() -> shownCases(robot) == 1);
        assertThat(robot.lookup("话费直充100元未到账（打包冒烟测试）").tryQuery()).isPresent();
        assertThat(exits.get()).isZero();
    }

    @Test
    void aSecondLaunchWithABackupHandsItToTheRunningAppWhichShowsTheRestorePreview(FxRobot robot) throws Exception {
        launch(robot, List.of());
        Path backup = downloads.resolve("全部案件.rdbackup");
        CaseFiles.writeBackup(List.of(UiCases.of("备份里的案件")), Instant.parse("2026-11-20T02:00:00Z"), backup);

        String output = secondLaunch(backup);

        waitUntil(() -> robot.lookup("#handoverBackupPreview").tryQuery().isPresent());
        assertThat(text(robot, "#handoverBackupFile")).as(output).isEqualTo("全部案件.rdbackup");
        assertThat(text(robot, "#handoverBackupSize")).endsWith("KB");
        assertThat(shownCases(robot)).as("nothing is restored before the user says so").isZero();
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#handoverBackupPreview").tryQuery()).isEmpty();
        assertThat(shownCases(robot)).isZero();
        assertThat(exits.get()).isZero();
    }

    @Test
    void aMacOpenFileEventWhileTheAppRunsShowsTheImportPreviewLikeAHandOver(FxRobot robot) throws Exception {
        launch(robot, List.of());
        Path file = caseFile();

        // what AWT's open-file handler does on macOS, from its own thread
        Thread awt = new Thread(() -> MacOpenFileEvents.INBOX.deliver(List.of(file.toFile())));
        awt.start();
        awt.join();

        waitUntil(() -> robot.lookup("#handoverCasePreview").tryQuery().isPresent());
        assertThat(text(robot, "#handoverCaseTitle")).isEqualTo("话费直充100元未到账（打包冒烟测试）");
        assertThat(robot.lookup("#handoverCasePreview").queryAs(DialogPane.class).getHeaderText())
                .contains("话费未到账.refundcase.json");
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownCases(robot)).isZero();
    }

    /** Launches RefundDesk in another JVM with the file, as a double-click does; returns what it printed. */
    private String secondLaunch(Path file) throws Exception {
        Process second = SecondJvm.java(Launcher.class.getName(), "--data-dir", dataDir.toString(), file.toString())
                .redirectErrorStream(true).start();
        second.getOutputStream().close();
        boolean ended = second.waitFor(60, TimeUnit.SECONDS);
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            second.destroyForcibly();
        }
        assertThat(ended).as("the second launch ends once it handed the file over: %s", output).isTrue();
        assertThat(second.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void aCaseFileGivenAtStartIsPreviewedAndCancelImportsNothing(FxRobot robot) throws Exception {
        launch(robot, List.of(caseFile().toString()));

        waitUntil(() -> robot.lookup("#handoverCasePreview").tryQuery().isPresent());
        assertThat(text(robot, "#handoverCaseTitle")).isEqualTo("话费直充100元未到账（打包冒烟测试）");
        robot.clickOn("取消");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#handoverCasePreview").tryQuery()).isEmpty();
        assertThat(shownCases(robot)).isZero();
    }

    @Test
    void aDoubleClickedBackupShowsWhatItIsAndRestoreGoesOnToTheRestoreQuestion(FxRobot robot) throws Exception {
        Path backup = downloads.resolve("全部案件.rdbackup");
        CaseFiles.writeBackup(List.of(UiCases.of("备份里的案件")), Instant.parse("2026-11-20T02:00:00Z"), backup);
        launch(robot, List.of(backup.toString()));

        waitUntil(() -> robot.lookup("#handoverBackupPreview").tryQuery().isPresent());
        assertThat(text(robot, "#handoverBackupFile")).isEqualTo("全部案件.rdbackup");
        assertThat(text(robot, "#handoverBackupSize")).endsWith("KB");
        robot.clickOn("恢复…");

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery()
                .map(p -> ((DialogPane) p).getContentText()).filter(t -> t.contains("全部案件.rdbackup")).isPresent());
        robot.clickOn("确定");
        waitUntil(() -> shownCases(robot) == 1);
        assertThat(robot.lookup("备份里的案件").tryQuery()).isPresent();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static int shownCases(FxRobot robot) {
        return robot.lookup("#caseTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size()).orElse(-1);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

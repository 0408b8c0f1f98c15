package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.store.Database;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starting the desktop app on a data folder: the normal start, the demo, and a folder another instance holds. */
@ExtendWith(ApplicationExtension.class)
class AppStartupTest {
    private final AtomicInteger exits = new AtomicInteger();
    @TempDir
    Path dataDir;
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

    private void launch(FxRobot robot, LaunchOptions options) {
        startup = new AppStartup(options, UiPreferences.load(new InMemoryPreferences()), Clock.systemUTC(),
                exits::incrementAndGet);
        robot.interact(() -> startup.start(stage));
    }

    @Test
    void theWindowOpensTheStoreAndShowsTheCaseListTitleAndDataFolder(FxRobot robot) throws Exception {
        try (Database db = Database.open(dataDir)) {
            db.cases().create(UiCases.of("已存的案件"));
        }

        launch(robot, new LaunchOptions(dataDir.toString(), false, null, List.of()));
        waitUntil(() -> shownCases(robot) == 1);

        assertThat(stage.getTitle()).isEqualTo("退款维权助手 RefundDesk");
        assertThat(robot.lookup("已存的案件").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusDataDir").queryAs(Label.class).getText()).contains(dataDir.toString());
        assertThat(robot.lookup("文件(_F)").tryQuery()).isPresent();
        assertThat(exits.get()).isZero();
    }

    @Test
    void stoppingClosesTheStoreSoTheFolderCanBeOpenedAgain(FxRobot robot) throws Exception {
        launch(robot, new LaunchOptions(dataDir.toString(), false, null, List.of()));
        waitUntil(() -> shownCases(robot) == 0);

        robot.interact(startup::stop);
        startup = null;

        try (Database again = Database.open(dataDir)) {
            assertThat(again.cases().count()).isZero();
        }
    }

    @Test
    void englishCanBeChosenForOneRun(FxRobot robot) throws Exception {
        launch(robot, new LaunchOptions(dataDir.toString(), false, "en", List.of()));
        waitUntil(() -> shownCases(robot) == 0);

        assertThat(robot.lookup("_File").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusCaseCount").queryAs(Label.class).getText()).isEqualTo("0 cases");
    }

    @Test
    void theDemoStartsOnAFreshFolderWithTheDemoCases(FxRobot robot) throws Exception {
        launch(robot, new LaunchOptions(null, true, null, List.of()));
        waitUntil(() -> shownCases(robot) > 0);
        Path demoDir = startup.mainWindow().services().dataDir();

        try {
            assertThat(demoDir).isNotEqualTo(dataDir);
            assertThat(shownCases(robot)).isGreaterThanOrEqualTo(8);
        } finally {
            robot.interact(startup::stop);
            startup = null;
            deleteTree(demoDir);
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderExplainsAndExitsWhileTheFirstKeepsWorking(FxRobot robot) throws Exception {
        try (Database first = Database.open(dataDir)) {
            launch(robot, new LaunchOptions(dataDir.toString(), false, null, List.of()));
            waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

            DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertThat(dialog.getContentText()).contains("另一个 RefundDesk").contains(dataDir.toString());
            assertThat(exits.get()).isZero();
            robot.clickOn("确定");

            waitUntil(() -> exits.get() == 1);
            assertThat(startup.mainWindow()).isNull();
            first.cases().create(UiCases.of("第一个窗口继续工作"));
            assertThat(first.cases().count()).isEqualTo(1);
        }
    }

    /** Cases in the list once the main window is up; -1 while the window is still opening. */
    private static int shownCases(FxRobot robot) {
        return robot.lookup("#caseTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size()).orElse(-1);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

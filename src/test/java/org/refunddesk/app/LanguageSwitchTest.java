package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → language switches the running window: menus and Home in English at once, open cases stay open. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    private final UiPreferences preferences = UiPreferences.load(new InMemoryPreferences());
    private Stage stage;
    private AppStartup startup;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) throws IOException {
        if (startup != null) {
            Path demo = startup.mainWindow().services().dataDir();
            robot.interact(startup::stop);
            try (Stream<Path> paths = Files.walk(demo)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void choosingEnglishInSettingsSwitchesTheWindowWithoutARestartAndKeepsTheOpenCase(FxRobot robot) throws Exception {
        startup = new AppStartup(new LaunchOptions(null, true, null, List.of()), preferences, Clock.systemUTC(), () -> { });
        robot.interact(() -> startup.start(stage));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> startup.mainWindow() != null
                && robot.lookup("#caseTable").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        RefundCase opened = startup.mainWindow().services().cases().list().get(0);
        robot.interact(() -> startup.mainWindow().openCase(opened, null));

        robot.clickOn("文件(_F)").clickOn("设置(_S)…");
        robot.clickOn("#settingsLanguage").clickOn("English");
        robot.clickOn("保存");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(preferences.language()).isEqualTo("en");
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus().get(0).getText()).isEqualTo("_File");
        assertThat(robot.lookup("文件").tryQuery()).isEmpty();
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        assertThat(views.getTabs()).extracting(Tab::getText).contains("Home", "Cases", opened.title());
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo("case-" + opened.id());
        // no dialog asks for a restart
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        // and the new window works in English: Home is there and answers
        robot.clickOn("Home");
        assertThat(robot.lookup("#statusCaseCount").queryAs(javafx.scene.control.Label.class).getText()).endsWith("cases");
    }

    @Test
    void theRebuiltWindowKeepsOneDailyBackupCheck(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        startup = new AppStartup(new LaunchOptions(dir.toString(), false, null, List.of()), preferences,
                Clock.systemUTC(), () -> { });
        robot.interact(() -> startup.start(stage));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> startup.mainWindow() != null
                && robot.lookup("文件(_F)").tryQuery().isPresent());
        AutomaticBackups before = startup.automaticBackups();
        assertThat(before.checking()).as("a local store's window checks daily for its automatic backup").isTrue();

        robot.clickOn("文件(_F)").clickOn("设置(_S)…");
        robot.clickOn("#settingsLanguage").clickOn("English");
        robot.clickOn("保存");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(startup.automaticBackups()).isNotSameAs(before);
        assertThat(startup.automaticBackups().checking()).isTrue();
        assertThat(before.checking()).as("the old window's check stopped: one check, not two").isFalse();
    }
}

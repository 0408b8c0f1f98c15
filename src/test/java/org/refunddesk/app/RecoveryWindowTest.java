package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.AutoBackups;
import org.refunddesk.store.Database;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a real store (issue 15): a damaged row shows the banner and the other cases; About shows the last automatic backup. */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {
    private final AtomicInteger exits = new AtomicInteger();
    @TempDir
    Path dataDir;
    private Stage stage;
    private AppStartup startup;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The app reads the backup folder from the settings: another test may have left one chosen in them. */
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

    private void launch(FxRobot robot) {
        startup = new AppStartup(new LaunchOptions(dataDir.toString(), false, null, List.of()),
                UiPreferences.load(new InMemoryPreferences()), Clock.systemUTC(), exits::incrementAndGet);
        robot.interact(() -> startup.start(stage));
    }

    @Test
    void aDamagedRowShowsTheBannerAndTheOtherCases(FxRobot robot) throws Exception {
        UUID damaged;
        try (Database db = Database.open(dataDir)) {
            db.cases().create(UiCases.of("完好的案件"));
            damaged = db.cases().create(UiCases.of("会损坏的案件")).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("refunddesk"), "refunddesk", "");
             PreparedStatement ps = c.prepareStatement("UPDATE cases SET platform_model = '蓝海卡盟' WHERE id = ?")) {
            ps.setObject(1, damaged);
            assertThat(ps.executeUpdate()).isOne();
        }

        launch(robot);
        waitUntil(() -> robot.lookup("#damagedCasesBanner").tryQuery().map(n -> n.isVisible()).orElse(false));

        Label banner = robot.lookup("#damagedCasesBanner").queryAs(Label.class);
        assertThat(banner.getText()).contains("1 个案件已损坏").contains("检查数据");
        assertThat(robot.lookup("#caseTable").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(robot.lookup("完好的案件").tryQuery()).as("the damaged row hides nothing else").isPresent();
        // the damaged case itself is listed as 已损坏 (its summary was written before the damage): DamagedCaseViewsTest
    }

    @Test
    void helpAboutShowsTheLastAutomaticBackupWithItsTimeAndPath(FxRobot robot) throws Exception {
        Path written;
        try (Database db = Database.open(dataDir)) {
            db.cases().create(UiCases.of("已存的案件"));
            written = AutoBackups.run(db, Clock.systemUTC(), Map::of, dataDir.resolve("backups")).written();
        }
        launch(robot);
        waitUntil(() -> robot.lookup("#caseTable").tryQuery().isPresent());

        robot.clickOn("帮助(_H)").clickOn("关于(_A)");
        waitUntil(() -> robot.lookup("#aboutLastAutoBackup").tryQuery().isPresent());

        String shown = robot.lookup("#aboutLastAutoBackup").queryAs(Label.class).getText();
        LocalDateTime takenAt = AutoBackups.latest(dataDir.resolve("backups")).orElseThrow().takenAt();
        assertThat(shown).startsWith("最近一次自动备份：")
                .contains(takenAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).contains(written.toString());
        robot.clickOn("确定");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

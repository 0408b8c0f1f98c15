package org.refunddesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.LayoutCheck;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.testsupport.MutableClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The banner in the main window with a probe that fails, then succeeds once the user clicks 立即重试. */
@ExtendWith(ApplicationExtension.class)
class ConnectionBannerTest {
    private final FxRobot robot = new FxRobot();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private volatile boolean serverUp;
    private ServerConnectionMonitor monitor;
    private ConnectionBannerViewModel model;
    private ConnectionBanner banner;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.forTag("zh");
        AppServices services = new AppServices(new InMemoryCaseRepository(clock), Path.of("data"),
                new CurrentThreadTaskExecutor(), new ScriptedDialogService(), messages, clock,
                UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        MainWindow window = new MainWindow(services);
        monitor = new ServerConnectionMonitor(() -> {
            if (!serverUp) {
                throw new java.net.ConnectException("Connection refused");
            }
        }, scheduler, clock, new Backoff(Duration.ofSeconds(4), Duration.ofSeconds(60), 0, new Random(1)),
                Duration.ofSeconds(30));
        model = new ConnectionBannerViewModel(monitor, messages, clock, Platform::runLater);
        banner = new ConnectionBanner(model, messages);
        window.addBanner(banner);
        scene = new Scene(window.root(), 1024, 700);
        stage.setScene(scene);
        stage.show();
    }

    private String bannerText() {
        return robot.lookup("#connectionBannerText").queryAs(Label.class).getText();
    }

    @Test
    void unreachableShowsTheBannerAndReadOnlyUntilARetrySucceeds() {
        assertThat(robot.lookup("#connectionBanner").query().isVisible()).as("no banner before anything failed")
                .isFalse();
        monitor.start();
        scheduler.runDue();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#connectionBanner").query().isVisible()).isTrue();
        assertThat(bannerText()).isEqualTo("无法连接团队服务器，正在显示上次读取的数据。你的修改先保存在本机，连上后自动发送。4 秒后重试");
        assertThat(model.readOnlyProperty().get()).isTrue();
        clock.advance(Duration.ofSeconds(3));
        robot.interact(model::tick);
        assertThat(bannerText()).endsWith("1 秒后重试");
        java.util.List<String> findings = new java.util.ArrayList<>();
        robot.interact(() -> findings.addAll(LayoutCheck.cutTexts("banner",
                robot.lookup("#connectionBanner").queryAs(javafx.scene.layout.HBox.class))));
        assertThat(findings).isEmpty();

        scheduler.advance(Duration.ofSeconds(1)); // the retry: still down, the wait doubles
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bannerText()).endsWith("8 秒后重试");

        serverUp = true;
        robot.clickOn("#connectionBannerRetry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bannerText()).endsWith("正在重试…");
        assertThat(robot.lookup("#connectionBannerRetry").queryAs(Button.class).isDisabled()).isTrue();
        scheduler.runDue();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#connectionBanner").query().isVisible()).isFalse();
        assertThat(model.readOnlyProperty().get()).isFalse();
    }

    @Test
    void theCountdownTicksOnlyWhileTheBannerIsShownOnScreen() {
        assertThat(banner.ticking()).as("nothing to count down before anything failed").isFalse();
        monitor.start();
        scheduler.runDue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.ticking()).as("shown: counts down to the next retry").isTrue();

        // the window rebuilt (another language): the old banner leaves the screen and must not tick on for good
        javafx.scene.Parent was = scene.getRoot();
        robot.interact(() -> scene.setRoot(new javafx.scene.layout.StackPane()));
        assertThat(banner.ticking()).isFalse();

        robot.interact(() -> scene.setRoot(was));
        assertThat(banner.ticking()).as("on screen again while still shown").isTrue();
    }
}

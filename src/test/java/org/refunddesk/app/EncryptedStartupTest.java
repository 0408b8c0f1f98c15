package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.StoreFiles;
import org.refunddesk.store.crypto.KdfParams;
import org.refunddesk.ui.privacy.IdleLock;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An encrypted store at start: the unlock screen, a wrong passphrase, and the idle lock hiding the window. */
@ExtendWith(ApplicationExtension.class)
class EncryptedStartupTest {
    private static final String PASSPHRASE = "柳絮飞过三月的窗";
    @TempDir
    Path dataDir;
    private Stage stage;
    private AppStartup startup;
    private final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void encryptedStoreWithACase() {
        try (Database db = Database.open(dataDir)) {
            db.cases().create(UiCases.of("加密的案件"));
        }
        new StoreEncryption(dataDir, Clock.systemUTC()).encrypt(PASSPHRASE.toCharArray(), new KdfParams(8 * 1024, 1, 1), false);
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (startup != null) {
            if (startup.mainWindow() != null) {
                closeStartupSummary(robot);
            }
            robot.interact(startup::stop);
        }
        // the missed-deadlines reminder may still try to schedule on the stopped executor: not this test's subject
        WaitForAsyncUtils.clearExceptions();
    }

    private void launch(FxRobot robot) throws TimeoutException {
        startup = new AppStartup(new LaunchOptions(dataDir.toString(), false, null, List.of()),
                UiPreferences.load(new InMemoryPreferences()), Clock.systemUTC(), exits::incrementAndGet);
        robot.interact(() -> startup.start(stage));
        waitUntil(() -> robot.lookup("#unlockPassphrase").tryQuery().isPresent());
    }

    private void type(FxRobot robot, String secret) {
        robot.clickOn("#unlockPassphrase").write(secret);
        robot.clickOn("#unlockButton");
    }

    @Test
    void aWrongPassphraseSaysSoChangesNothingAndTheRightOneOpensTheCases(FxRobot robot) throws Exception {
        Map<String, List<Byte>> before = StoreFiles.snapshot(dataDir);
        launch(robot);

        type(robot, "not it at all");
        waitUntil(() -> robot.lookup("#unlockError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#unlockError").queryAs(Label.class).getText()).contains("不对");
        assertThat(robot.lookup("#caseTable").tryQuery()).isEmpty();
        assertThat(StoreFiles.snapshot(dataDir)).isEqualTo(before);

        type(robot, PASSPHRASE);
        waitUntil(() -> shownCases(robot) == 1);
        waitUntil(() -> robot.lookup("加密的案件").tryQuery().isPresent());
        assertThat(exits.get()).isZero();
    }

    @Test
    void theIdleLockHidesTheWindowsContentUntilThePassphraseIsGivenAgain(FxRobot robot) throws Exception {
        launch(robot);
        type(robot, PASSPHRASE);
        waitUntil(() -> shownCases(robot) == 1);
        waitUntil(() -> robot.lookup("加密的案件").tryQuery().isPresent());
        closeStartupSummary(robot);
        BorderPane content = startup.mainWindow().root();

        robot.interact(() -> startup.idleLock().lockNow());

        assertThat(content.isVisible()).isFalse();
        Node caseTitle = robot.lookup("加密的案件").query();
        assertThat(visibleOnScreen(caseTitle)).isFalse();
        assertThat(robot.lookup("#unlockPane").queryAs(Node.class).isVisible()).isTrue();

        type(robot, "wrong again");
        waitUntil(() -> robot.lookup("#idleLockRoot #unlockError").queryAs(Label.class).isVisible());
        assertThat(content.isVisible()).isFalse();

        type(robot, PASSPHRASE);
        waitUntil(content::isVisible);
        // the list may have redrawn its cells meanwhile: any cell showing the case counts
        waitUntil(() -> robot.lookup("加密的案件").queryAll().stream().anyMatch(EncryptedStartupTest::visibleOnScreen));
    }

    @Test
    void theWindowLocksByItselfAfterTheIdleTime(FxRobot robot) throws Exception {
        BorderPane content = new BorderPane(new Label("王小明 13800138000"));
        IdleLock[] lock = {null};
        robot.interact(() -> {
            lock[0] = new IdleLock(content, Duration.ofMillis(200), dataDir, Messages.forTag("zh"), new FxTaskExecutor());
            stage.setScene(new javafx.scene.Scene(lock[0].root(), 400, 300));
            stage.show();
        });

        waitUntil(() -> lock[0].lockedProperty().get());

        assertThat(content.isVisible()).isFalse();
        robot.interact(lock[0]::stop);
    }

    /** The missed-deadlines summary a case with lapsed clocks raises at start: modal, so it would take the typing. */
    private static void closeStartupSummary(FxRobot robot) {
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        while (robot.lookup(".dialog-pane").tryQuery().isPresent()) {
            robot.clickOn("确定");
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static boolean visibleOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static int shownCases(FxRobot robot) {
        return robot.lookup("#caseTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size()).orElse(-1);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}

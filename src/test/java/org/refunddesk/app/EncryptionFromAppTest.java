package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.StoreFiles;
import org.refunddesk.store.crypto.EvidenceCipher;
import org.refunddesk.store.crypto.KdfParams;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Encryption switched on, and off, from the desktop app: Settings → encrypt → the recovery key once → the app
 * starts again on the unlock screen; removing it keeps every case and evidence file; Home offers it at first start.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptionFromAppTest {
    private static final String PASSPHRASE = "春眠不觉晓处处闻啼鸟";
    private static final KdfParams CHEAP = new KdfParams(8 * 1024, 1, 1);
    private static final byte[] SCREENSHOT = "聊天截图 王小明 13800138000".getBytes(StandardCharsets.UTF_8);
    @TempDir
    Path dataDir;
    @TempDir
    Path tmp;
    private Stage stage;
    private AppStartup startup;
    private final AtomicInteger exits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (startup != null) {
            robot.interact(startup::stop);
        }
        WaitForAsyncUtils.clearExceptions();
    }

    @BeforeEach
    void nothingYet() {
        startup = null;
    }

    private void storeWithTwoCasesAndAScreenshot() throws Exception {
        try (Database db = Database.open(dataDir)) {
            RefundCase first = db.cases().create(
                    UiCases.of("话费没到账", "某卡盟", "KM20260302001", "王小明", "13800138000", "30.00"));
            db.cases().create(UiCases.of("游戏点卡无效"));
            Path shot = Files.write(tmp.resolve("shot.png"), SCREENSHOT);
            new EvidenceVault(db, Clock.systemUTC()).attach(EvidenceAttachment.of(first.id(), shot,
                    EvidenceCategory.COMMUNICATION));
        }
    }

    private void launch(FxRobot robot) {
        startup = new AppStartup(new LaunchOptions(dataDir.toString(), false, "zh", List.of()),
                UiPreferences.load(new InMemoryPreferences()), Clock.systemUTC(), exits::incrementAndGet);
        startup.useKdf(() -> CHEAP);
        robot.interact(() -> startup.start(stage));
    }

    @Test
    void encryptingFromSettingsRestartsOnTheUnlockScreenAndThePassphraseOpensEveryCase(FxRobot robot) throws Exception {
        storeWithTwoCasesAndAScreenshot();
        launch(robot);
        waitUntil(() -> shownCases(robot) == 2);
        closeDialogs(robot);

        openEncryptionDialog(robot, "#encryptionEncrypt", "#encNew");
        assertThat(robot.lookup("#encWarning").queryAs(Label.class).getText()).contains("无法找回");
        assertThat(robot.lookup("#encOk").query().isDisabled()).isTrue();
        robot.clickOn("#encNew").write(PASSPHRASE);
        robot.clickOn("#encConfirm").write(PASSPHRASE + "x");
        assertThat(robot.lookup("#encError").queryAs(Label.class).getText()).contains("不一致");
        assertThat(robot.lookup("#encOk").query().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#encConfirm").queryAs(TextField.class).setText(PASSPHRASE));
        robot.clickOn("#encOk");

        waitUntil(() -> robot.lookup("#recoveryKeyText").tryQuery().isPresent());
        String recoveryKey = robot.lookup("#recoveryKeyText").queryAs(TextField.class).getText();
        assertThat(recoveryKey).isNotBlank();
        clickWhenShown(robot, "#recoveryKeyCopy");
        String[] copied = {null};
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(recoveryKey);
        clickWhenShown(robot, "#recoveryKeyClose");
        waitUntil(() -> shownDialogText(robot).contains("已加密"));
        pressOk(robot);

        waitUntil(() -> robot.lookup("#unlockPassphrase").tryQuery().isPresent());
        assertThat(StoreEncryption.isEncrypted(dataDir)).isTrue();
        for (String secret : List.of("13800138000", "王小明", "KM20260302001")) {
            assertThat(StoreFiles.filesContaining(dataDir, secret)).as(secret).isEmpty();
        }
        assertThat(evidenceFiles()).hasSize(1).allMatch(EncryptionFromAppTest::sealed);
        StoreEncryption.unlock(dataDir, recoveryKey.toCharArray()); // throws when the key does not open the store

        type(robot, "not the passphrase");
        waitUntil(() -> robot.lookup("#unlockError").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#unlockError").queryAs(Label.class).getText()).contains("不对");
        assertThat(shownCases(robot)).isEqualTo(-1);

        type(robot, PASSPHRASE);
        waitUntil(() -> shownCases(robot) == 2);
        assertThat(exits.get()).isZero();
    }

    @Test
    void removingEncryptionFromSettingsKeepsEveryCaseAndEvidenceFile(FxRobot robot) throws Exception {
        storeWithTwoCasesAndAScreenshot();
        launchEncryptedAndUnlock(robot);

        // a wrong passphrase: said clearly, the store stays encrypted and opens as before
        openEncryptionDialog(robot, "#encryptionRemove", "#encCurrent");
        robot.clickOn("#encCurrent").write("wrong passphrase");
        robot.clickOn("#encOk");
        waitUntil(() -> robot.lookup("口令或恢复密钥不对，数据没有任何改动。").tryQuery().isPresent());
        pressOk(robot);
        waitUntil(() -> robot.lookup("#unlockPassphrase").tryQuery().isPresent());
        assertThat(StoreEncryption.isEncrypted(dataDir)).isTrue();
        type(robot, PASSPHRASE);
        waitUntil(() -> shownCases(robot) == 2);
        closeDialogs(robot);

        openEncryptionDialog(robot, "#encryptionRemove", "#encCurrent");
        robot.clickOn("#encCurrent").write(PASSPHRASE);
        robot.clickOn("#encOk");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(shownDialogText(robot)).contains("已取消加密");
        pressOk(robot);

        // no unlock screen: the plain store opens with both cases and the screenshot as it was added
        waitUntil(() -> shownCases(robot) == 2);
        assertThat(StoreEncryption.isEncrypted(dataDir)).isFalse();
        assertThat(evidenceFiles()).hasSize(1);
        assertThat(Files.readAllBytes(evidenceFiles().get(0))).isEqualTo(SCREENSHOT);
        assertThat(exits.get()).isZero();
    }

    @Test
    void changingThePassphraseFromSettingsOpensWithTheNewOneOnly(FxRobot robot) throws Exception {
        storeWithTwoCasesAndAScreenshot();
        launchEncryptedAndUnlock(robot);

        openEncryptionDialog(robot, "#encryptionChange", "#encCurrent");
        robot.clickOn("#encCurrent").write(PASSPHRASE);
        robot.clickOn("#encNew").write("新的口令一二三四");
        robot.clickOn("#encConfirm").write("新的口令一二三四");
        robot.clickOn("#encOk");
        waitUntil(() -> shownDialogText(robot).contains("口令已更换"));
        pressOk(robot);

        waitUntil(() -> robot.lookup("#unlockPassphrase").tryQuery().isPresent());
        type(robot, PASSPHRASE);
        waitUntil(() -> robot.lookup("#unlockError").queryAs(Label.class).isVisible());
        type(robot, "新的口令一二三四");
        waitUntil(() -> shownCases(robot) == 2);
    }

    @Test
    void aFreshFolderOffersAPasswordOnHomeWhichCanBeSkipped(FxRobot robot) throws Exception {
        launch(robot);
        waitUntil(() -> startup.mainWindow() != null && robot.lookup("#homeEncrypt").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        clickWhenShown(robot, "#homeEncrypt");
        waitUntil(() -> robot.lookup("#encWarning").tryQuery().isPresent());
        assertThat(robot.lookup("#encWarning").queryAs(Label.class).getText()).contains("无法找回");
        robot.clickOn("#encCancel");

        assertThat(robot.lookup("#passphraseForm").tryQuery()).isEmpty();
        assertThat(StoreEncryption.isEncrypted(dataDir)).isFalse();
        assertThat(robot.lookup("#homeStart").query().isVisible()).isTrue();
        assertThat(robot.lookup("#unlockPassphrase").tryQuery()).isEmpty();
    }

    private List<Path> evidenceFiles() throws Exception {
        try (Stream<Path> walk = Files.walk(dataDir.resolve("evidence"))) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static boolean sealed(Path file) {
        try {
            return EvidenceCipher.isEncrypted(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The store encrypted with {@link #PASSPHRASE}, the app launched and unlocked, its two cases listed. */
    private void launchEncryptedAndUnlock(FxRobot robot) throws Exception {
        new StoreEncryption(dataDir, Clock.systemUTC()).encrypt(PASSPHRASE.toCharArray(), CHEAP, false);
        launch(robot);
        waitUntil(() -> robot.lookup("#unlockPassphrase").tryQuery().isPresent());
        type(robot, PASSPHRASE);
        waitUntil(() -> shownCases(robot) == 2);
        closeDialogs(robot);
    }

    /** 文件 → 设置, the encryption row's button, until the dialog's first field shows. */
    private static void openEncryptionDialog(FxRobot robot, String button, String firstField) throws Exception {
        robot.clickOn("文件(_F)").clickOn("设置(_S)…");
        clickWhenShown(robot, button);
        waitUntil(() -> robot.lookup(firstField).tryQuery().isPresent());
    }

    private static void type(FxRobot robot, String secret) {
        robot.clickOn("#unlockPassphrase").write(secret);
        robot.clickOn("#unlockButton");
    }

    /** The missed-deadlines summary a case may raise at start: modal, so it would take the clicks. */
    private static void closeDialogs(FxRobot robot) {
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        while (robot.lookup(".dialog-pane").tryQuery().isPresent()) {
            robot.clickOn("确定");
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void clickWhenShown(FxRobot robot, String query) throws Exception {
        // a node may leave its scene while the window is (re)built: look again rather than fail on it
        waitUntil(() -> robot.lookup(query).queryAll().stream().anyMatch(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && org.testfx.util.NodeQueryUtils.isVisible().test(n)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
    }

    /** The texts of the message dialogs now showing. */
    private static String shownDialogText(FxRobot robot) {
        StringBuilder text = new StringBuilder();
        robot.lookup(".dialog-pane").queryAllAs(javafx.scene.control.DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing())
                .forEach(p -> text.append(p.getContentText()).append('\n'));
        return text.toString();
    }

    /** The OK of the message dialog now showing (a closed one may linger in the scene graph). */
    private static void pressOk(FxRobot robot) throws Exception {
        Callable<java.util.Optional<javafx.scene.Node>> showing = () -> robot.lookup("确定").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.isVisible())
                .findFirst();
        waitUntil(() -> showing.call().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(showing.call().orElseThrow());
    }

    private static int shownCases(FxRobot robot) {
        return robot.lookup("#caseTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size()).orElse(-1);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}

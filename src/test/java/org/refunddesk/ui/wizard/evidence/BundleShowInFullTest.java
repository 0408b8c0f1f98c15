package org.refunddesk.ui.wizard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceFixtures;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app's evidence bundle export: masked by default, in full only when ticked and confirmed, as the CLI's --show-in-full. */
@ExtendWith(ApplicationExtension.class)
class BundleShowInFullTest {
    private static final String ORDER_NO = "KM20250301001";
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

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBundleIsMaskedByDefaultAndInFullOnlyWhenTickedAndConfirmed(FxRobot robot) throws Exception {
        waitUntil(() -> tasks.running().isEmpty());
        Path order = Files.writeString(userFiles.resolve("订单 " + ORDER_NO + ".png"), "order");
        robot.interact(() -> view.checklistRow("order-screenshot").dropFiles(List.of(order.toFile())));
        waitUntil(() -> tasks.running().isEmpty() && !view.lookupAll("#files-order-screenshot .label").isEmpty());
        robot.clickOn("#wizardNext");
        robot.clickOn("#wizardNext");
        CheckBox inFull = robot.lookup("#bundleShowInFull").queryAs(CheckBox.class);
        assertThat(inFull.isSelected()).isFalse();

        Path masked = userFiles.resolve("masked.zip");
        dialogs.answerFile(masked);
        robot.clickOn("#exportBundle");
        waitUntil(() -> Files.exists(masked) && tasks.running().isEmpty());
        String maskedText = indexAndManifest(masked);
        assertThat(maskedText).doesNotContain(ORDER_NO).contains("1001");

        // declined: stays masked
        dialogs.answerConfirm(false);
        robot.clickOn("#bundleShowInFull");
        assertThat(inFull.isSelected()).isFalse();

        dialogs.answerConfirm(true);
        robot.clickOn("#bundleShowInFull");
        assertThat(inFull.isSelected()).isTrue();
        Path full = userFiles.resolve("full.zip");
        dialogs.answerFile(full);
        robot.clickOn("#exportBundle");
        waitUntil(() -> Files.exists(full) && tasks.running().isEmpty());
        assertThat(indexAndManifest(full)).contains(ORDER_NO);
    }

    private static String indexAndManifest(Path zip) throws Exception {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                if (e.getName().endsWith("index.html") || e.getName().endsWith("manifest.json")) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    entries.transferTo(bytes);
                    text.append(bytes.toString(StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(text).isNotEmpty();
        return text.toString();
    }
}

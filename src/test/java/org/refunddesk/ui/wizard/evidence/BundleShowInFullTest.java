package org.refunddesk.ui.wizard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javafx.scene.control.CheckBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The app's evidence bundle export: masked by default, in full only when ticked and confirmed, as the CLI's --show-in-full. */
@ExtendWith(ApplicationExtension.class)
class BundleShowInFullTest {
    private static final String ORDER_NO = "KM20250301001";
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

    @Test
    void theBundleIsMaskedByDefaultAndInFullOnlyWhenTickedAndConfirmed(FxRobot robot) throws Exception {
        wizard.waitUntil(() -> wizard.tasks.running().isEmpty());
        Path order = Files.writeString(userFiles.resolve("订单 " + ORDER_NO + ".png"), "order");
        robot.interact(() -> wizard.view.checklistRow("order-screenshot").dropFiles(List.of(order.toFile())));
        wizard.waitUntil(() -> wizard.tasks.running().isEmpty() && !wizard.view.lookupAll("#files-order-screenshot .label").isEmpty());
        robot.clickOn("#wizardNext");
        robot.clickOn("#wizardNext");
        CheckBox inFull = robot.lookup("#bundleShowInFull").queryAs(CheckBox.class);
        assertThat(inFull.isSelected()).isFalse();

        Path masked = userFiles.resolve("masked.zip");
        wizard.dialogs.answerFile(masked);
        robot.clickOn("#exportBundle");
        wizard.waitUntil(() -> Files.exists(masked) && wizard.tasks.running().isEmpty());
        String maskedText = indexAndManifest(masked);
        assertThat(maskedText).doesNotContain(ORDER_NO).contains("1001");

        // declined: stays masked
        wizard.dialogs.answerConfirm(false);
        robot.clickOn("#bundleShowInFull");
        assertThat(inFull.isSelected()).isFalse();

        wizard.dialogs.answerConfirm(true);
        robot.clickOn("#bundleShowInFull");
        assertThat(inFull.isSelected()).isTrue();
        Path full = userFiles.resolve("full.zip");
        wizard.dialogs.answerFile(full);
        robot.clickOn("#exportBundle");
        wizard.waitUntil(() -> Files.exists(full) && wizard.tasks.running().isEmpty());
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

package org.refunddesk.ui.wizard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;

/** Case → 证据… in the main window, and the selected case's completeness in the status bar. */
@ExtendWith(ApplicationExtension.class)
class EvidenceFeatureTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;
    private Database db;
    private FxTaskExecutor tasks;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(dataDir, clock);
        RefundCase withEvidence = db.cases().create(UiCases.of("话费没到账"));
        db.cases().create(UiCases.of("流量包买重复"));
        EvidenceVault vault = new EvidenceVault(db, clock);
        vault.attach(EvidenceAttachment.of(withEvidence.id(), Files.writeString(userFiles.resolve("订单.png"), "x"),
                EvidenceCategory.PURCHASE_PROOF).toChecklistItem("order-screenshot"));
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(db.cases(), dataDir, tasks, new ScriptedDialogService(),
                Messages.forTag("zh"), clock, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        MainWindow window = new MainWindow(services);
        new CasesFeature(services).install(window);
        new EvidenceFeature(services, vault).install(window);
        stage.setScene(new Scene(window.root(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        db.close();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusEvidenceScore").queryAs(Label.class).getText();
    }

    @Test
    void selectingACaseShowsItsEvidenceScoreAndTheMenuOpensItsWizard(FxRobot robot) throws Exception {
        // the case list loads in the background
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("流量包买重复").tryQuery().isPresent());
        robot.clickOn("流量包买重复");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "证据完整度 0%".equals(status(robot)));
        robot.clickOn("话费没到账");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !"证据完整度 0%".equals(status(robot)));
        String score = status(robot).replace("证据完整度 ", "");

        robot.clickOn("#menu-case").clickOn("证据(_V)…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> score.equals(robot.lookup("#evidenceScore").queryAs(Label.class).getText()));

        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getText()).isEqualTo("证据：话费没到账");
        assertThat(score).isNotEqualTo("0%");
    }
}

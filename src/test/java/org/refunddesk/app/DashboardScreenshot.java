package org.refunddesk.app;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.refunddesk.exchange.DemoCases;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.store.CaseEvidenceScores;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.SavedViews;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dashboard.CaseloadFeature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/**
 * Not a test: writes docs/screenshots/dashboard.png (the caseload tab over the demo cases, the real rule
 * engine, Chinese UI, fixed clock) and, with a second argument "charts", dashboard-charts.png. Run like
 * TimelineScreenshots (see docs/screenshots/README.md).
 */
public final class DashboardScreenshot {
    private static final Instant NOW = Instant.parse("2026-03-09T06:00:00Z");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("dashboard-shot");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CountDownLatch done = new CountDownLatch(1);
        try (Database database = Database.open(data, clock)) {
            var cases = database.cases().createAll(DemoCases.create(clock));
            attachSomeEvidence(database, clock, cases, data);
            Platform.startup(() -> {
                try {
                    shoot(database, clock, out);
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            });
            done.await(60, TimeUnit.SECONDS);
        }
        Platform.exit();
    }

    /** A few files on the first cases, so the evidence column shows scores other than 0. */
    private static void attachSomeEvidence(Database database, Clock clock, java.util.List<org.refunddesk.domain.RefundCase> cases,
                                           Path data) throws java.io.IOException {
        EvidenceVault vault = new EvidenceVault(database, clock);
        var kinds = java.util.List.of(org.refunddesk.domain.EvidenceCategory.PURCHASE_PROOF,
                org.refunddesk.domain.EvidenceCategory.PAYMENT_STATEMENT, org.refunddesk.domain.EvidenceCategory.COMMUNICATION);
        for (int i = 0; i < Math.min(6, cases.size()); i++) {
            for (int k = 0; k <= i % 3; k++) {
                Path file = Files.writeString(data.resolve("shot-" + i + "-" + k + ".png"), "png " + i + k);
                vault.attach(org.refunddesk.store.EvidenceAttachment.of(cases.get(i).id(), file, kinds.get(k)));
            }
        }
    }

    private static void shoot(Database database, Clock clock, Path out) throws Exception {
        Messages messages = Messages.forTag("zh");
        RuleEngine engine = RuleEngine.of(RuleBooks.builtIn(), WorkingDayCalendars.bundled());
        AppServices services = new AppServices(database.cases(), database.dataDir(), new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), messages, clock, UiPreferences.load(new InMemoryPreferences()),
                new RuleInsights(engine, messages));
        MainWindow window = new MainWindow(services);
        CaseloadFeature caseload = new CaseloadFeature(services,
                new CaseEvidenceScores(new EvidenceVault(database, clock), EvidenceChecklist.builtIn(), messages),
                new SavedViews(database, clock));
        caseload.install(window);
        Stage stage = new Stage();
        stage.setScene(new Scene(window.root(), 1400, 900));
        stage.getScene().getStylesheets().add(DashboardScreenshot.class.getResource(AppStartup.STYLESHEET).toExternalForm());
        stage.show();
        caseload.show(window);
        save(stage.getScene(), out.resolve("dashboard.png"));
        var tabs = (javafx.scene.control.TabPane) stage.getScene().lookup("#dashboardTabs");
        tabs.getSelectionModel().select(1);
        save(stage.getScene(), out.resolve("dashboard-charts.png"));
        tabs.getSelectionModel().select(2);
        save(stage.getScene(), out.resolve("dashboard-clusters.png"));
        stage.close();
    }

    private static void save(Scene scene, Path file) throws Exception {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(buffered, 0, 0, null);
        ImageIO.write(rgb, "png", file.toFile());
    }
}

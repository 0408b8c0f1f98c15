package org.refunddesk.ui.wizard.evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceFixtures;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The evidence wizard's view tests share this: a real H2 store and vault in a folder of the test's, one
 * not-delivered top-up case, real background tasks and scripted dialogs, the wizard shown at 1000x760.
 */
final class EvidenceWizardFixture {
    final Clock clock = Clock.fixed(Instant.parse("2025-03-05T04:00:00Z"), ZoneOffset.UTC);
    final ScriptedDialogService dialogs = new ScriptedDialogService();
    final Database db;
    final FxTaskExecutor tasks;
    final EvidenceWizardView view;

    /** Opens the store in {@code dataDir} and shows the wizard on {@code stage} (call from the test's {@code @Start}). */
    EvidenceWizardFixture(Stage stage, Path dataDir) {
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

    /** Waits (generously: background tasks on a busy machine) for the condition, then for the FX thread. */
    void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() {
        tasks.shutdown();
        db.close();
    }
}

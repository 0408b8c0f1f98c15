package org.refunddesk.app;

import java.nio.file.Path;
import java.time.Clock;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.store.RuleSummaryProjector;
import org.refunddesk.ui.StartupTimeline;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.DataFolder;
import org.refunddesk.store.Database;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.dialog.FxDialogService;
import org.refunddesk.ui.main.AboutInfo;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * Starts the desktop app in a stage: shows the window with a progress indicator at once, opens the
 * store off the FX thread, then puts the main window in. When the folder is held by another
 * RefundDesk it says so and exits; the other instance keeps working. {@link #stop()} closes the store.
 */
final class AppStartup {
    static final String STYLESHEET = "/org/refunddesk/ui/app.css";

    private final LaunchOptions options;
    private final UiPreferences preferences;
    private final Clock clock;
    private final Runnable exit;
    private final TaskExecutor tasks = new FxTaskExecutor();
    private volatile Database database;
    private MainWindow mainWindow;

    /** {@code exit} ends the app (Platform::exit in production); tests pass their own. */
    AppStartup(LaunchOptions options, UiPreferences preferences, Clock clock, Runnable exit) {
        this.options = options;
        this.preferences = preferences;
        this.clock = clock;
        this.exit = exit;
    }

    void start(Stage stage) {
        Messages messages = Messages.forTag(options.lang() != null ? options.lang() : preferences.language());
        DialogService dialogs = new FxDialogService(() -> stage, messages);
        stage.setTitle(messages.get("ui.app.title"));
        stage.getIcons().setAll(AppIcons.images());
        Scene scene = new Scene(loading(messages), 1280, 780);
        scene.getStylesheets().add(AppStartup.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        StartupTimeline.markAfterPulse(scene, "first-frame");

        Path[] dataDir = {null};
        BackgroundTask.of(messages.get("ui.startup.opening"), progress -> {
                    dataDir[0] = options.demo() ? DemoFolder.create(clock) : DataFolder.resolve(options.dataDir());
                    return Database.open(dataDir[0], clock);
                })
                .onSuccess(opened -> {
                    database = opened;
                    RuleEngine engine = new RuleEngine(opened.dataDir());
                    // summaries computed with the same rules the views use (one rule engine per data folder)
                    opened.summaries().useProjector(new RuleSummaryProjector(engine, EvidenceChecklist.builtIn()));
                    AppServices services = new AppServices(opened.cases(), opened.dataDir(), tasks, dialogs, messages,
                            clock, preferences, new RuleInsights(engine, messages), opened.summaries());
                    mainWindow = new MainWindow(services);
                    for (Feature feature : UiFeatures.all(services, opened, engine,
                            AboutInfo.fromPackage(AppStartup.class), exit)) {
                        feature.install(mainWindow);
                    }
                    scene.setRoot(mainWindow.root());
                })
                .onFailure(error -> {
                    StartupFailure failure = StartupFailure.describe(error, dataDir[0], messages);
                    dialogs.error(failure.title(), failure.message());
                    exit.run();
                })
                .executeWith(tasks);
    }

    /** The main window once the store is open (null before, or when start failed). */
    MainWindow mainWindow() {
        return mainWindow;
    }

    void stop() {
        tasks.shutdown();
        Database open = database;
        database = null;
        if (open != null) {
            open.close();
        }
    }

    private static VBox loading(Messages messages) {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setId("startupProgress");
        VBox box = new VBox(indicator, new Label(messages.get("ui.startup.opening")));
        box.getStyleClass().add("loading");
        return box;
    }
}

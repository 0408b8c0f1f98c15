package org.refunddesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

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
import org.refunddesk.cli.ServerOptions;
import org.refunddesk.store.TeamMembers;
import org.refunddesk.store.keyring.Keyring;
import org.refunddesk.store.keyring.Keyrings;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.cases.CaseTransferViewModel;
import org.refunddesk.ui.dialog.FxDialogService;
import org.refunddesk.ui.handover.FileHandover;
import org.refunddesk.ui.main.AboutInfo;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.privacy.IdleLock;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * Starts the desktop app in a stage: shows the window with a progress indicator at once, opens the
 * store off the FX thread, then puts the main window in. When the folder is held by another
 * RefundDesk it hands its file (or "come to the front") to that app and exits quietly, or, when that app
 * does not answer, says so and exits; the other instance keeps working. Once open, later launches hand over
 * to it and a file given at start opens ({@link StartupHandovers}); an encrypted store asks for its passphrase
 * first ({@link PassphraseStep}). {@link #stop()} stops listening and closes the store.
 */
final class AppStartup {
    static final String STYLESHEET = "/org/refunddesk/ui/app.css";

    private LaunchOptions options;
    private final UiPreferences preferences;
    private final Clock clock;
    private final Runnable exit;
    private final TaskExecutor tasks = new FxTaskExecutor();
    private volatile Database database;
    private RuleEngine engine;
    /** Where REFUNDDESK_SERVER, PGUSER and PGPASSWORD come from (tests pass their own). */
    private java.util.Map<String, String> environment = System.getenv();
    /** The keyring holding the team-server password (tests pass a memory one). */
    private java.util.function.Supplier<Keyring> keyrings = Keyrings::forThisSystem;
    /** The login role's standing on the team server (status bar); null on the local store. */
    private volatile TeamMembers.Role serverRole;
    /** Versioned saves and the conflict view (and on a team server the offline queue, banner, live updates). */
    private TeamSession team;
    /** The team server's login when the store is one (set by the server start-up); null for the embedded store. */
    private volatile org.refunddesk.store.ServerLogin teamLogin;
    private AutomaticBackups automaticBackups;
    private MainWindow mainWindow;
    private final StartupHandovers handovers = new StartupHandovers(() -> this.stage);
    private Stage stage;
    private IdleLock idleLock;
    private java.util.function.Supplier<org.refunddesk.store.crypto.KdfParams> kdf =
            () -> org.refunddesk.store.crypto.KdfParams.tune(org.refunddesk.cli.EncryptCommand.KDF_TARGET_MILLIS);
    /** Wraps the real dialogs; tests answer the file choosers (which a headless screen cannot show). */
    private java.util.function.UnaryOperator<DialogService> dialogWrapper = java.util.function.UnaryOperator.identity();

    /** {@code exit} ends the app (Platform::exit in production); tests pass their own. */
    AppStartup(LaunchOptions options, UiPreferences preferences, Clock clock, Runnable exit) {
        this.options = options;
        this.preferences = preferences;
        this.clock = clock;
        this.exit = exit;
        this.local = new LocalStoreOpening(() -> this.options, clock,
                dir -> StartupHandovers.toRunningApp(dir, startFile()), this::listenAndPrepare);
    }

    void start(Stage stage) {
        this.stage = stage;
        Messages messages = Messages.forTag(options.lang() != null ? options.lang() : preferences.language());
        DialogService dialogs = dialogWrapper.apply(new FxDialogService(() -> stage, messages));
        stage.setTitle(messages.get("ui.app.title"));
        stage.getIcons().setAll(AppIcons.images());
        // never larger than the screen: on a 1024x700 laptop a 1280x780 window hides its status bar and edges
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(loading(messages), Math.min(1280, screen.getWidth()), Math.min(780, screen.getHeight()));
        scene.getStylesheets().add(AppStartup.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        StartupTimeline.markAfterPulse(scene, "first-frame");

        handovers.receiveOpenFileEvents();
        Optional<ServerStart> server;
        try {
            server = options.demo() ? Optional.empty() : ServerStart.find(options, environment, preferences);
        } catch (RuntimeException e) {
            serverOpening(scene, messages, dialogs).failed(null, String.valueOf(options.server() != null
                    ? options.server() : environment.get(ServerOptions.ENV_SERVER)), e);
            return;
        }
        if (server.isPresent()) {
            serverOpening(scene, messages, dialogs).open(server.get());
        } else {
            openLocal(scene, messages, dialogs);
        }
    }

    private final LocalStoreOpening local;

    /** The store in the data folder (the default): opened off the FX thread, or handed to the app that has it. */
    private void openLocal(Scene scene, Messages messages, DialogService dialogs) {
        serverRole = null;
        teamLogin = null;
        BackgroundTask.of(messages.get("ui.startup.opening"), progress -> local.open())
                .onSuccess(opening -> {
                    if (opening.handedOver()) {
                        exit.run(); // handed to the running app
                    } else if (opening.database() == null) {
                        new PassphraseStep(clock, tasks, this::listenAndPrepare,
                                opened -> showMain(scene, opened, messages, dialogs),
                                error -> failed(error, local.dataDir(), messages, dialogs)).ask(scene, local.dataDir(), messages);
                    } else {
                        showMain(scene, opening.database(), messages, dialogs);
                    }
                })
                .onFailure(error -> failed(error, local.dataDir(), messages, dialogs))
                .executeWith(tasks);
    }

    /** Team mode (issue 16): the server's store instead of the data folder's; see {@link ServerOpening}. */
    private ServerOpening serverOpening(Scene scene, Messages messages, DialogService dialogs) {
        return new ServerOpening(stage, clock, tasks, keyrings, DataFolder.resolve(options.dataDir()), messages, dialogs,
                this::listenAndPrepare, opened -> {
                    serverRole = opened.role();
                    teamLogin = opened.login();
                    showMain(scene, opened.database(), messages, dialogs);
                }, () -> openLocal(scene, messages, dialogs), exit);
    }

    /** Home's "open the demo data": closes this folder's store and opens the window again on a demo folder. */
    private void reopenOnDemo(Stage stage) {
        Runnable close = detachStore();
        options = new LaunchOptions(null, true, options.lang(), java.util.List.of());
        BackgroundTask.of("", progress -> {
                    close.run();
                    return Boolean.TRUE;
                })
                .onSuccess(done -> start(stage))
                .executeWith(tasks);
    }

    /** On the FX thread: takes the open store off the window; the step returned closes it (off the FX thread). */
    private Runnable detachStore() {
        Database open = database;
        database = null;
        mainWindow = null;
        TeamSession closingTeam = team; // its live-update thread ends off the FX thread, with the store
        team = null;
        Runnable stopListening = handovers.detach();
        if (automaticBackups != null) {
            automaticBackups.stopDaily();
            automaticBackups = null;
        }
        if (idleLock != null) {
            idleLock.stop();
            idleLock = null;
        }
        return () -> {
            if (closingTeam != null) {
                closingTeam.close();
            }
            stopListening.run();
            if (open != null) {
                open.close();
            }
        };
    }

    /** Argon2id cost for a passphrase set in the app: tuned to about 0.5 s here; tests use a cheap one. */
    void useKdf(java.util.function.Supplier<org.refunddesk.store.crypto.KdfParams> cost) {
        this.kdf = cost;
    }

    /** The file given at start (a double-clicked case file or backup), if any. */
    private Optional<Path> startFile() {
        return options.command().isEmpty() ? Optional.empty() : Optional.of(Path.of(options.command().get(0)));
    }

    /** On the opening worker, the store open: later launches hand over to this window; the rules are loaded. */
    private void listenAndPrepare(Database opened) {
        handovers.listen(opened, DataFolder.resolve(options.dataDir()));
        prepareRules(opened);
    }

    /**
     * Loads the folder's rule book and calendar on the opening worker thread, not on the FX thread between the
     * first frame and the filled list (startup timeline), and has the summaries computed with them.
     */
    private void prepareRules(Database opened) {
        RuleEngine ready = new RuleEngine(rulesFolder(opened));
        // summaries computed with the same rules the views use (one rule engine per data folder)
        opened.summaries().useProjector(new RuleSummaryProjector(ready, EvidenceChecklist.builtIn()));
        preparedEngine = new PreparedEngine(opened, ready);
    }

    /** Newer rules and calendars put in the data folder apply on a team server too (its store folder is the cache). */
    private Path rulesFolder(Database opened) {
        return opened.server().isPresent() ? DataFolder.resolve(options.dataDir()) : opened.dataDir();
    }

    private record PreparedEngine(Database database, RuleEngine engine) {
    }

    private volatile PreparedEngine preparedEngine;

    private void showMain(Scene scene, Database opened, Messages messages, DialogService dialogs) {
        database = opened;
        PreparedEngine ready = preparedEngine;
        preparedEngine = null;
        if (ready != null && ready.database() == opened) {
            engine = ready.engine();
        } else {
            engine = new RuleEngine(rulesFolder(opened));
            opened.summaries().useProjector(new RuleSummaryProjector(engine, EvidenceChecklist.builtIn()));
        }
        StartupTimeline.mark("rules-ready");
        buildWindow(scene, messages, dialogs);
        StartupTimeline.mark("window-built");
        handovers.openWaiting(startFile());
    }

    /** The main window over the open store, every text from {@code messages}. */
    private void buildWindow(Scene scene, Messages messages, DialogService dialogs) {
        Database opened = database;
        if (team == null) {
            team = TeamSession.open(opened, teamLogin, clock, messages);
        }
        AppServices services = new AppServices(team.cases(), opened.dataDir(), tasks, dialogs, messages,
                clock, preferences, new RuleInsights(engine, messages), opened.summaries());
        mainWindow = new MainWindow(services);
        team.attach(mainWindow, messages);
        // a team server is backed up by its owner (pg_dump), not by each helper's computer
        boolean local = opened.server().isEmpty();
        if (automaticBackups != null) {
            automaticBackups.stopDaily(); // the window is rebuilt (another language): one daily check, not two
        }
        automaticBackups = options.demo() || !local ? null : new AutomaticBackups(opened, clock, SettingsSnapshot::read);
        AboutInfo about = AboutInfo.fromPackage(AppStartup.class);
        if (automaticBackups != null) {
            about = about.withLastAutoBackup(automaticBackups::last);
            automaticBackups.startDaily(tasks, dialogs, messages);
        }
        EncryptionSwitch encryption = options.demo() || !local ? null : new EncryptionSwitch(stage, opened.dataDir(), clock,
                tasks, dialogs, messages, kdf, this::detachStore, () -> start(stage));
        for (Feature feature : UiFeatures.all(services, opened, engine, about, exit,
                options.demo() ? null : () -> reopenOnDemo(stage), encryption == null ? null : encryption::ask)) {
            feature.install(mainWindow);
        }
        mainWindow.addStatusItem(storeStatus(opened, messages));
        mainWindow.setLanguageSwitch(language -> switchLanguage(scene, language));
        if (idleLock != null) {
            idleLock.stop();
            idleLock = null;
        }
        if (opened.storeKey().isPresent()) {
            idleLock = new IdleLock(mainWindow.root(), Duration.ofMinutes(preferences.idleLockMinutes()),
                    opened.dataDir(), messages, tasks);
            scene.setRoot(idleLock.root());
        } else {
            scene.setRoot(mainWindow.root());
        }
        MainWindow window = mainWindow;
        FileHandover fileHandover = new FileHandover(services, window::window, window::fireCasesChanged,
                file -> new CaseTransferViewModel(services, Optional::empty, window::fireCasesChanged)
                        .restoreFrom(file));
        handovers.useWindow(fileHandover);
    }

    /** The status bar names the store in use: this computer's, or the team server with the role logged in as. */
    private Label storeStatus(Database opened, Messages messages) {
        TeamMembers.Role role = serverRole == null ? TeamMembers.Role.NONE : serverRole;
        Label label = new Label(opened.server().map(s -> messages.get("team.store.serverAs", s.label(),
                messages.get(role.messageKey()), s.user())).orElseGet(() -> messages.get("team.store.local")));
        label.setId("statusStore");
        return label;
    }

    /** Tests: the environment to read the team server from, and the keyring (instead of the system's). */
    void useEnvironment(java.util.Map<String, String> env, Keyring keyring) {
        this.environment = env;
        this.keyrings = () -> keyring;
    }

    /**
     * Settings → language: the window is built again with the new language's texts, on the same open store;
     * the cases open in tabs open again, the one in front in front.
     */
    private void switchLanguage(Scene scene, String language) {
        MainWindow.OpenTabs open = mainWindow.openCaseTabs();
        Messages messages = Messages.forTag(language);
        stage.setTitle(messages.get("ui.app.title"));
        buildWindow(scene, messages, dialogWrapper.apply(new FxDialogService(() -> stage, messages)));
        MainWindow window = mainWindow;
        open.cases().forEach(c -> window.openCase(c, null));
        if (open.front() != null) {
            window.openCase(open.front(), null);
        }
    }

    /** What opening the folder gave: a store, a store that needs its passphrase first, or a hand-over. */

    private void failed(Throwable error, Path dataDir, Messages messages, DialogService dialogs) {
        StartupFailure failure = StartupFailure.describe(error, dataDir, messages);
        dialogs.error(failure.title(), failure.message());
        exit.run();
    }

    /** Opens a file in the running window as a second launch hands it over (tests: the import preview). */
    void openHandedOver(Path file) {
        handovers.handle(new Handover.Request(file));
    }

    void wrapDialogs(java.util.function.UnaryOperator<DialogService> wrapper) {
        this.dialogWrapper = wrapper;
    }

    /** The automatic backups of the window shown (null in the demo, on a team server, or before the window is up). */
    AutomaticBackups automaticBackups() {
        return automaticBackups;
    }

    /** The idle lock of an encrypted store's window (null for a plain store or before the window is up). */
    IdleLock idleLock() {
        return idleLock;
    }

    /** The main window once the store is open (null before, or when start failed). */
    MainWindow mainWindow() {
        return mainWindow;
    }

    void stop() {
        handovers.stop();
        if (idleLock != null) {
            idleLock.stop();
        }
        AutomaticBackups backups = automaticBackups;
        automaticBackups = null;
        if (backups != null && database != null) {
            backups.writeOnExit();
        }
        tasks.shutdown();
        closeTeam();
        Database open = database;
        database = null;
        if (open != null) {
            open.close();
        }
    }

    private void closeTeam() {
        if (team != null) {
            team.close();
            team = null;
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

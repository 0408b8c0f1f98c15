package org.refunddesk.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.refunddesk.cli.BadInputException;
import org.refunddesk.cli.Cli;
import org.refunddesk.cli.CliContext;
import org.refunddesk.cli.ExitCodes;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.DataFolder;
import org.refunddesk.ui.settings.UiPreferences;

/**
 * Entry point. Not an {@code Application} subclass, so the app starts from a plain class path.
 * No command: the desktop app. A command: the headless command line on the same services. A case file or
 * backup instead of a command (a double-click): the desktop app with that file, handed to the app already
 * running on the same store (the data folder's, or the same team server and login) when there is one.
 */
public final class Launcher {
    /**
     * Kept here so the setting outlives garbage collection: java.util.prefs says "Created user preferences
     * directory" at INFO on a first start, a line a user of the command line would take for a problem.
     */
    private static final java.util.logging.Logger PREFS_LOG = java.util.logging.Logger.getLogger("java.util.prefs");

    private Launcher() {
    }

    public static void main(String[] args) {
        PREFS_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (BadInputException e) {
            err.println(e.message(LaunchOptions.languageOf(args)));
            System.exit(ExitCodes.BAD_INPUT);
            return;
        }
        Optional<Path> file;
        try {
            file = OpenFileArgument.find(options.command(), new Cli(CliCommands.all())::knows);
        } catch (BadInputException e) {
            err.println(e.message(messages(options)));
            System.exit(ExitCodes.BAD_INPUT);
            return;
        }
        if (options.command().isEmpty() || file.isPresent()) {
            if (handedToRunningApp(options, file)) {
                System.exit(ExitCodes.OK);
                return;
            }
            Database.describeThisProcess("the RefundDesk app");
            MacOpenFileEvents.installBeforeJavaFx();
            RefundDeskApp.start(file.isPresent() ? options.withCommand(List.of(file.get().toString())) : options);
            return;
        }
        Database.describeThisProcess("the command \"" + String.join(" ", options.command().subList(0,
                Math.min(2, options.command().size()))) + "\"");
        System.exit(runCommand(options, out, err));
    }

    /**
     * A desktop start when an app already runs on the same store: it gets the file (or comes to the front) and this
     * launch ends, instead of opening a second window (which on the data folder's store finds it locked). The store
     * is the one this start would open: the data folder's, or the team server named or saved in the settings, whose
     * app holds no folder lock and publishes a handover file of its own ({@link HandoverFile#forServer}).
     */
    static boolean handedToRunningApp(LaunchOptions options, Optional<Path> file) {
        return handedToRunningApp(options, file, System.getenv(), UiPreferences.loadForUser());
    }

    static boolean handedToRunningApp(LaunchOptions options, Optional<Path> file, Map<String, String> environment,
                                      UiPreferences preferences) {
        if (options.demo()) {
            return false; // a demo always gets a fresh folder of its own
        }
        Optional<ServerStart> server;
        try {
            server = ServerStart.find(options, environment, preferences);
        } catch (RuntimeException e) {
            return false; // an address that cannot be read: the app starts and says so
        }
        String name = server.map(s -> HandoverFile.forServer(s.address())).orElse(HandoverFile.FILE_NAME);
        Handover.Request request = file.map(Handover.Request::new).orElseGet(Handover.Request::show);
        return Handover.send(DataFolder.resolve(options.dataDir()), name, request);
    }

    /** {@code --passphrase-file}, else the {@code REFUNDDESK_PASSPHRASE_FILE} variable, else none. */
    static Path passphraseFile(LaunchOptions options, String fromEnvironment) {
        if (options.passphraseFile() != null) {
            return Path.of(options.passphraseFile()).toAbsolutePath();
        }
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : Path.of(fromEnvironment).toAbsolutePath();
    }

    /** The command line's language: {@code --lang}, else Chinese. */
    private static Messages messages(LaunchOptions options) {
        return Messages.forTag(options.lang() == null ? "zh" : options.lang());
    }

    /** Runs a headless command; the exit code is returned, not applied, so tests can call it. */
    public static int runCommand(LaunchOptions options, PrintStream out, PrintStream err) {
        Path dataDir;
        try {
            dataDir = options.demo() ? DemoFolder.create(Clock.systemDefaultZone()) : DataFolder.resolve(options.dataDir());
        } catch (Exception e) {
            err.println(messages(options).get("cli.demo.failed", String.valueOf(e.getMessage())));
            return ExitCodes.INTERNAL_FAILURE;
        }
        Messages messages = messages(options);
        CliContext context = new CliContext(dataDir, out, err, Clock.systemUTC(), messages,
                passphraseFile(options, System.getenv(LaunchOptions.ENV_PASSPHRASE_FILE)),
                options.serverOptions(System.getenv()));
        return new Cli(CliCommands.all()).run(options.command().toArray(String[]::new), context);
    }
}

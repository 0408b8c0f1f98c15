package org.refunddesk.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.refunddesk.cli.BadInputException;
import org.refunddesk.cli.Cli;
import org.refunddesk.cli.CliContext;
import org.refunddesk.cli.ExitCodes;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.DataFolder;

/**
 * Entry point. Not an {@code Application} subclass, so the app starts from a plain class path.
 * No command: the desktop app. A command: the headless command line on the same services.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (BadInputException e) {
            err.println(e.getMessage());
            System.exit(ExitCodes.BAD_INPUT);
            return;
        }
        if (options.command().isEmpty()) {
            Database.describeThisProcess("the RefundDesk app");
            RefundDeskApp.start(options);
            return;
        }
        Database.describeThisProcess("the command \"" + String.join(" ", options.command().subList(0,
                Math.min(2, options.command().size()))) + "\"");
        System.exit(runCommand(options, out, err));
    }

    /** Runs a headless command; the exit code is returned, not applied, so tests can call it. */
    public static int runCommand(LaunchOptions options, PrintStream out, PrintStream err) {
        Path dataDir;
        try {
            dataDir = options.demo() ? DemoFolder.create(Clock.systemDefaultZone()) : DataFolder.resolve(options.dataDir());
        } catch (Exception e) {
            err.println("cannot prepare the demo data: " + e.getMessage());
            return ExitCodes.INTERNAL_FAILURE;
        }
        Messages messages = Messages.forTag(options.lang() == null ? "zh" : options.lang());
        CliContext context = new CliContext(dataDir, out, err, Clock.systemUTC(), messages);
        return new Cli(CliCommands.all()).run(options.command().toArray(String[]::new), context);
    }
}

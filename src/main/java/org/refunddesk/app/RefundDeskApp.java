package org.refunddesk.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.refunddesk.ui.settings.UiPreferences;

/** The desktop app. The launch options travel as raw parameters, so there is no static state. */
public class RefundDeskApp extends Application {
    // Held so the level sticks: java.util.logging keeps loggers only weakly.
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private AppStartup startup;

    static void start(LaunchOptions options) {
        // From a plain class path JavaFX warns "Unsupported JavaFX configuration" on every start; it is
        // harmless (and the jlinked installer runtime has JavaFX as modules), so users don't see it.
        JAVAFX_LOG.setLevel(Level.SEVERE);
        Application.launch(RefundDeskApp.class, toArgs(options));
    }

    /** The options back as arguments ({@link LaunchOptions#parse} reads them again in {@link #init()}). */
    static String[] toArgs(LaunchOptions options) {
        List<String> args = new ArrayList<>();
        if (options.dataDir() != null) {
            args.add("--data-dir");
            args.add(options.dataDir());
        }
        if (options.demo()) {
            args.add("--demo");
        }
        if (options.lang() != null) {
            args.add("--lang");
            args.add(options.lang());
        }
        for (String[] option : new String[][] {{"--server", options.server()}, {"--user", options.user()},
                {"--password-file", options.passwordFile()}}) {
            if (option[1] != null) {
                args.add(option[0]);
                args.add(option[1]);
            }
        }
        args.addAll(options.command()); // a file to open
        return args.toArray(String[]::new);
    }

    @Override
    public void init() {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        startup = new AppStartup(options, UiPreferences.loadForUser(), Clock.systemUTC(), Platform::exit);
    }

    @Override
    public void start(Stage stage) {
        startup.start(stage);
    }

    @Override
    public void stop() {
        startup.stop();
    }
}

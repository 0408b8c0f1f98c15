package org.refunddesk.app;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * macOS hands a double-clicked file to a running (or starting) app as an "open documents" event, not as a
 * launcher argument; AWT's Desktop delivers it (events that come before the handler is set are queued by
 * AWT). Elsewhere, and where AWT cannot be used (headless), nothing is installed: Linux and Windows pass
 * the file as an argument, which the launcher and the single-instance hand-over already handle.
 */
final class MacOpenFileEvents {
    private static final Logger LOG = Logger.getLogger(MacOpenFileEvents.class.getName());

    private MacOpenFileEvents() {
    }

    /** Installs the handler on macOS; returns whether one was installed. */
    static boolean install(Consumer<Path> open) {
        if (!isMac(System.getProperty("os.name", "")) || java.awt.GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(event -> deliver(event.getFiles(), open));
            return true;
        } catch (RuntimeException | Error e) {
            // without the handler a double-clicked file only raises the app; importing from the menu still works
            LOG.log(Level.WARNING, "no macOS open-file handler: " + e);
            return false;
        }
    }

    static boolean isMac(String osName) {
        return osName.toLowerCase(java.util.Locale.ROOT).startsWith("mac");
    }

    /** Each file in the event, in order, to the same path a hand-over from a second launch takes. */
    static void deliver(List<File> files, Consumer<Path> open) {
        for (File file : files) {
            open.accept(file.toPath().toAbsolutePath());
        }
    }
}

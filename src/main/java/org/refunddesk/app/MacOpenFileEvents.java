package org.refunddesk.app;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * macOS hands a double-clicked file to the app as an "open documents" Apple event, not as a launcher
 * argument, both at launch and while the app runs. AWT's {@link Desktop#setOpenFileHandler} receives it
 * only when AWT owns the application: once JavaFX has started, AWT runs embedded in JavaFX and macOS's
 * open-file events go to JavaFX's own toolkit, which has no public API for them (JDK-8332947 forwards only
 * open-URI events, from JDK/JavaFX 25). So {@link #installBeforeJavaFx()} runs in {@code main}, before
 * JavaFX starts; AWT queues the events that come before the handler is set. Files wait in {@link #INBOX}
 * until the window can take them, then go down the same path as a hand-over from a second launch.
 * Elsewhere nothing is installed: Linux and Windows pass the file as an argument.
 */
final class MacOpenFileEvents {
    private static final Logger LOG = Logger.getLogger(MacOpenFileEvents.class.getName());
    /** Where the open-file events of this process go. */
    static final Inbox INBOX = new Inbox();

    private MacOpenFileEvents() {
    }

    /** On macOS with a screen: takes the open-file events into {@link #INBOX}; returns whether it did. */
    static boolean installBeforeJavaFx() {
        if (!isMac(System.getProperty("os.name", "")) || GraphicsEnvironment.isHeadless()) {
            return false;
        }
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(event -> INBOX.deliver(event.getFiles()));
            return true;
        } catch (RuntimeException | Error e) {
            // without the handler a double-clicked file only raises the app; importing from the menu still works
            LOG.log(Level.WARNING, "no macOS open-file handler: " + e);
            return false;
        }
    }

    static boolean isMac(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("mac");
    }

    /**
     * Files opened by the system, kept in order until a receiver takes them (the window is not up when the
     * launch event comes), then passed on as they come. Any thread may deliver (AWT's event thread does).
     */
    static final class Inbox {
        private final List<Path> waiting = new ArrayList<>();
        private Consumer<Path> receiver;

        synchronized void deliver(List<File> files) {
            for (File file : files) {
                Path path = file.toPath().toAbsolutePath();
                if (receiver == null) {
                    waiting.add(path);
                } else {
                    receiver.accept(path);
                }
            }
        }

        /** From now on files go to {@code receiver}, those waiting first; {@code null} makes them wait again. */
        synchronized void receiveWith(Consumer<Path> newReceiver) {
            receiver = newReceiver;
            if (receiver != null) {
                waiting.forEach(receiver);
                waiting.clear();
            }
        }
    }
}

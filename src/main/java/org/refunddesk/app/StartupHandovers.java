package org.refunddesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.refunddesk.store.Database;
import org.refunddesk.ui.handover.FileHandover;

/**
 * The running window's side of the single-instance hand-over: listens for later launches ({@link HandoverServer}),
 * takes a macOS open-file event and the file given at start, and opens each in the window once it is ready (requests
 * before that wait, in order). On this computer's store it listens while holding the data folder's lock; on a team
 * server (no lock) it publishes the server's own handover file in the data folder.
 */
final class StartupHandovers {
    private static final Logger LOG = Logger.getLogger(StartupHandovers.class.getName());

    private final Supplier<Stage> stage;
    private final List<Handover.Request> pending = new ArrayList<>();
    private volatile HandoverServer server;
    private FileHandover fileHandover;

    /** {@code stage}: the app's window (known once it starts). */
    StartupHandovers(Supplier<Stage> stage) {
        this.stage = stage;
    }

    /** macOS sends a double-clicked file as an event (taken in main); it waits in the same queue as a hand-over. */
    void receiveOpenFileEvents() {
        MacOpenFileEvents.INBOX.receiveWith(file -> Platform.runLater(() -> handle(new Handover.Request(file))));
    }

    /**
     * Hands the start's file (or "come to the front") to the app running on this data folder's store; true when it
     * took it (this start then ends).
     */
    static boolean toRunningApp(Path dataDir, Optional<Path> startFile) {
        return Handover.send(dataDir, startFile.map(Handover.Request::new).orElseGet(Handover.Request::show));
    }

    /**
     * Off the FX thread, once the store is open: the data folder's store with its lock held, or a team server's.
     * Without hand-over the app still works: later launches say "in use" (or open a window of their own).
     */
    void listen(Database opened, Path dataFolder) {
        Path folder = opened.server().isPresent() ? dataFolder : opened.dataDir();
        String name = opened.server().map(HandoverFile::forServer).orElse(HandoverFile.FILE_NAME);
        HandoverServer previous = server; // a team server that failed after opening, then this computer's store
        if (previous != null) {
            previous.close();
        }
        try {
            Files.createDirectories(folder);
            server = HandoverServer.start(folder, name, request -> Platform.runLater(() -> handle(request)));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "no single-instance hand-over for " + folder + ": " + e);
        }
    }

    /** On the FX thread, the window built: the start's file first, then what arrived while it was being built. */
    void openWaiting(Optional<Path> startFile) {
        startFile.ifPresent(file -> pending.add(0, new Handover.Request(file)));
        List<Handover.Request> waiting = List.copyOf(pending);
        pending.clear();
        waiting.forEach(this::handle);
    }

    /** On the FX thread: requests go to this window's file hand-over (a new one after a language switch). */
    void useWindow(FileHandover handover) {
        fileHandover = handover;
    }

    /** On the FX thread: comes to the front and opens the file; requests before the window is ready wait. */
    void handle(Handover.Request request) {
        if (fileHandover == null) {
            pending.add(request);
            return;
        }
        Stage window = stage.get();
        window.setIconified(false);
        window.toFront();
        window.requestFocus();
        if (request.file() != null) {
            fileHandover.open(request.file());
        }
    }

    /** On the FX thread: the window goes (its store is closed); the step returned stops listening, off the FX thread. */
    Runnable detach() {
        fileHandover = null;
        HandoverServer listening = server;
        server = null;
        return () -> {
            if (listening != null) {
                listening.close();
            }
        };
    }

    /** The app ends: no more open-file events or hand-overs. */
    void stop() {
        MacOpenFileEvents.INBOX.receiveWith(null);
        detach().run();
    }
}

package org.refunddesk.app;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseChangeListener;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.ServerProbe;
import org.refunddesk.store.offline.OfflineQueue;
import org.refunddesk.store.offline.QueuedEdit;
import org.refunddesk.store.offline.ReplayReport;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.team.Backoff;
import org.refunddesk.ui.team.ConnectionBanner;
import org.refunddesk.ui.team.ConnectionBannerViewModel;
import org.refunddesk.ui.team.ConnectionState;
import org.refunddesk.ui.team.FxConflictResolver;
import org.refunddesk.ui.team.HeldEditsBanner;
import org.refunddesk.ui.team.OfflineReplay;
import org.refunddesk.ui.team.PendingEditsDialog;
import org.refunddesk.ui.team.PendingEditsViewModel;
import org.refunddesk.ui.team.RetryScheduler;
import org.refunddesk.ui.team.ServerConnectionMonitor;
import org.refunddesk.ui.team.TeamSaves;

/**
 * The desktop app's side of team mode (issue 16), for the start-up to wire around an open store:
 * {@link #open} (off the FX thread) → {@link #cases()} as the views' repository → {@link #attach} the main window
 * → {@link #close} before the store closes. On the embedded store only the versioned saves with the conflict view
 * apply. On a team server also: the connection watch (a pooled connection validated with a short timeout, every
 * {@value #VALIDATION_SECONDS} s and after a failed save) with the banner; the offline queue in the data folder,
 * replayed whenever the server comes back; live updates (LISTEN/NOTIFY → the changed summaries only).
 */
public final class TeamSession implements AutoCloseable {
    static final int VALIDATION_SECONDS = 15;
    private static final int PROBE_TIMEOUT_SECONDS = 3;
    private static final Logger LOG = Logger.getLogger(TeamSession.class.getName());

    private final ServerLogin login;
    private final Clock clock;
    private volatile Messages messages;
    private final TeamSaves saves;
    private final ServerConnectionMonitor monitor;
    private final OfflineReplay replay;
    private final ExecutorService worker;
    private volatile MainWindow window;
    private volatile CaseChangeListener changes;
    private volatile boolean closed;
    private Label pending;
    private PendingEditsViewModel pendingEdits;
    private PendingEditsDialog pendingPanel;
    private boolean wasConnected;
    private boolean started;

    private TeamSession(Database database, ServerLogin login, Clock clock, Messages messages) {
        this.login = login;
        this.clock = clock;
        this.messages = messages;
        // in the window's language at the time it opens (a language switch attaches the window again)
        org.refunddesk.ui.team.CaseConflictResolver resolver =
                conflict -> new FxConflictResolver(this::owner, this.messages).resolve(conflict);
        if (database.server().isEmpty()) {
            saves = new TeamSaves(database.cases(), resolver, null, messages, clock);
            monitor = null;
            replay = null;
            worker = null;
            return;
        }
        saves = new TeamSaves(database.cases(), resolver, OfflineQueue.open(database.dataDir(), clock), messages, clock);
        monitor = new ServerConnectionMonitor(() -> ServerProbe.check(database, PROBE_TIMEOUT_SECONDS),
                RetryScheduler.daemon("refunddesk-server-probe"), clock, Backoff.standard(),
                Duration.ofSeconds(VALIDATION_SECONDS));
        saves.whenUnreachable(monitor::reportFailure);
        saves.offlineWhile(() -> {
            ConnectionState state = monitor.state();
            return !state.connected() && state.unreachableSince() != null;
        });
        saves.onQueued(this::showPending);
        replay = new OfflineReplay(saves, monitor::reportFailure);
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "refunddesk-team-session");
            thread.setDaemon(true);
            return thread;
        });
        monitor.addListener(this::connectionChanged);
    }

    /**
     * For an open store; {@code login}: the team server's login (for the live-update connection), null for the
     * embedded store. Reads the offline queue file: call it off the FX thread.
     */
    public static TeamSession open(Database database, ServerLogin login, Clock clock, Messages messages) {
        if (database.server().isPresent() && login == null) {
            throw new IllegalArgumentException("a team server needs its login for live updates");
        }
        return new TeamSession(database, login, clock, messages);
    }

    /** The repository every view saves through (AppServices' cases). */
    public CaseRepository cases() {
        return saves;
    }

    public TeamSaves saves() {
        return saves;
    }

    /** Whether the live-update connection was started (it reconnects by itself after that). */
    public boolean liveUpdates() {
        return changes != null;
    }

    /** The connection watch (empty on the embedded store). */
    public java.util.Optional<ServerConnectionMonitor> monitor() {
        return java.util.Optional.ofNullable(monitor);
    }

    /**
     * On the FX thread, once the main window is built (again after a language switch): the conflict view opens over
     * it; on a team server the banner and the pending-edits note join it, and the watch starts.
     */
    public void attach(MainWindow mainWindow, Messages windowMessages) {
        this.window = mainWindow;
        this.messages = windowMessages;
        if (monitor == null) {
            return;
        }
        ConnectionBannerViewModel banner = new ConnectionBannerViewModel(monitor, messages, clock, Platform::runLater);
        pendingEdits = new PendingEditsViewModel(saves, messages, mainWindow.services().dialogs(), worker,
                Platform::runLater, new PanelActions());
        pendingPanel = null;
        ConnectionBanner connectionBanner = new ConnectionBanner(banner, messages);
        Button unsynced = new Button(messages.get("teamqueue.banner.pending"));
        unsynced.setId("connectionBannerPending");
        unsynced.visibleProperty().bind(pendingEdits.pendingCountProperty().greaterThan(0));
        unsynced.managedProperty().bind(unsynced.visibleProperty());
        unsynced.setOnAction(e -> showPendingEdits());
        connectionBanner.addAction(unsynced);
        mainWindow.addBanner(connectionBanner);
        mainWindow.addBanner(new HeldEditsBanner(pendingEdits, messages, this::showPendingEdits));
        mainWindow.addMenuItem(MainMenu.TOOLS, messages.get("teamqueue.menu"), this::showPendingEdits);
        pending = new Label();
        pending.setId("teamPendingEdits");
        pending.setTooltip(new Tooltip(messages.get("teamsave.pending.tooltip")));
        pending.managedProperty().bind(pending.visibleProperty());
        pending.setOnMouseClicked(e -> showPendingEdits());
        pending.setCursor(Cursor.HAND);
        mainWindow.addStatusItem(pending);
        showPending();
        if (!started) {
            started = true;
            monitor.start();
        }
    }

    /**
     * Sends the queued edits now (off the FX thread): the reconnect does this by itself. The cases sent are read
     * again by the open views.
     */
    public ReplayReport replayNow() {
        return sending(replay::replay);
    }

    private ReplayReport sending(java.util.function.Supplier<ReplayReport> send) {
        Set<UUID> ids = new LinkedHashSet<>();
        saves.queue().ifPresent(q -> q.pending().stream().map(QueuedEdit::caseId).forEach(ids::add));
        ReplayReport report = send.get();
        showPending();
        if (report.replayed() > 0) {
            casesChanged(ids);
        }
        return report;
    }

    private void casesChanged(Set<UUID> ids) {
        MainWindow shown = window;
        if (shown != null) {
            Platform.runLater(() -> shown.fireCasesChangedElsewhere(ids));
        }
    }

    /** The unsynced-changes panel (one per window; brought to the front when open). FX thread. */
    public void showPendingEdits() {
        if (pendingEdits == null) {
            return;
        }
        pendingEdits.refresh();
        if (pendingPanel == null) {
            pendingPanel = new PendingEditsDialog(owner(), pendingEdits, messages);
        }
        if (pendingPanel.isShowing()) {
            pendingPanel.getDialogPane().getScene().getWindow().requestFocus();
        } else {
            pendingPanel.show();
        }
    }

    /** The panel's ways out, on the session's worker (after any replay under way: one thread). */
    private final class PanelActions implements PendingEditsViewModel.Actions {
        @Override
        public void discard(UUID entryId) {
            OfflineQueue queue = saves.queue().orElseThrow();
            UUID caseId = queue.pending().stream().filter(e -> e.entryId().equals(entryId)).findFirst()
                    .map(QueuedEdit::caseId).orElseThrow(() -> new IllegalArgumentException("gone"));
            queue.discard(entryId);
            showPending();
            casesChanged(Set.of(caseId));
        }

        @Override
        public void retry(UUID entryId) {
            sending(() -> replay.retry(entryId));
        }

        @Override
        public String saveAsNew(UUID entryId) {
            RefundCase made = saves.queue().orElseThrow().saveAsNew(entryId, UUID.randomUUID());
            showPending();
            MainWindow shown = window;
            if (shown != null) {
                Platform.runLater(shown::fireCasesChanged);
            }
            if (monitor.state().connected()) {
                replayNow();
            }
            return made.title();
        }
    }

    private void connectionChanged(ConnectionState state) {
        boolean cameBack;
        synchronized (this) {
            cameBack = state.connected() && !wasConnected;
            wasConnected = state.connected();
        }
        if (cameBack && !closed) {
            worker.execute(this::connected);
        }
    }

    /** On the session's worker: live updates start (once; the listener reconnects by itself), the queue is sent. */
    private void connected() {
        if (closed) {
            return;
        }
        if (changes == null) {
            try {
                changes = CaseChangeListener.start(login, ids -> {
                    MainWindow shown = window;
                    if (shown != null) {
                        Platform.runLater(() -> shown.fireCasesChangedElsewhere(ids));
                    }
                }, up -> {
                    if (!up) {
                        monitor.reportFailure(new IllegalStateException("the live-update connection was lost"));
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "live updates not started yet: " + e.getMessage());
            }
        }
        if (saves.queue().map(q -> !q.isEmpty()).orElse(false)) {
            try {
                replayNow();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the offline queue could not be sent", e);
            }
        }
    }

    private void showPending() {
        int count = saves.queue().map(q -> q.pending().size()).orElse(0);
        int held = saves.queue().map(q -> q.held().size()).orElse(0);
        Platform.runLater(() -> {
            if (pending != null) {
                // held changes are not sent by themselves: the count says so rather than "waiting to be sent"
                pending.setText(held == 0 ? messages.get("teamsave.pending", count)
                        : messages.get("teamqueue.pending.held", count, held));
                pending.setVisible(count > 0);
            }
            if (pendingEdits != null) {
                pendingEdits.refresh();
            }
        });
    }

    private Window owner() {
        MainWindow shown = window;
        return shown == null ? null : shown.window();
    }

    /** Stops the watch, live updates and the replay worker; the store itself is closed by its owner. */
    @Override
    public void close() {
        closed = true;
        if (monitor != null) {
            monitor.stop();
        }
        CaseChangeListener listening = changes;
        changes = null;
        if (listening != null) {
            listening.close();
        }
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}

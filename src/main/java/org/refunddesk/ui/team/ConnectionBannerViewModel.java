package org.refunddesk.ui.team;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.refunddesk.rules.i18n.Messages;

/**
 * The banner over the main window while the team server cannot be reached, and the read-only flag editors
 * bind to (the data shown is the last read, not to be edited as if current). {@link #tick()} keeps the
 * countdown true; the view calls it every second.
 */
public final class ConnectionBannerViewModel {
    private final ServerConnectionMonitor monitor;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private ConnectionState state = ConnectionState.UNKNOWN;

    /** {@code fxThread}: runs the monitor's news where the properties may change ({@code Platform::runLater}). */
    public ConnectionBannerViewModel(ServerConnectionMonitor monitor, Messages messages, Clock clock,
                                     Executor fxThread) {
        this.monitor = monitor;
        this.messages = messages;
        this.clock = clock;
        monitor.addListener(newState -> fxThread.execute(() -> show(newState)));
        show(monitor.state());
    }

    private void show(ConnectionState newState) {
        state = newState;
        // until the first probe answered, nothing is claimed: no banner, editing allowed
        boolean down = !newState.connected() && newState.unreachableSince() != null;
        shown.set(down);
        readOnly.set(down);
        checking.set(newState.checking());
        tick();
    }

    /** Recomputes the countdown from the clock. */
    public void tick() {
        if (!shown.get()) {
            message.set("");
            return;
        }
        if (state.checking() || state.nextAttempt() == null) {
            message.set(messages.get("teamclient.banner.checking"));
            return;
        }
        long seconds = Math.max(0, (Duration.between(clock.instant(), state.nextAttempt()).toMillis() + 999) / 1000);
        message.set(messages.get("teamclient.banner.unreachable", String.valueOf(seconds)));
    }

    public void retryNow() {
        monitor.retryNow();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True while the server is unreachable: editors show the last data read and refuse edits meant for it. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

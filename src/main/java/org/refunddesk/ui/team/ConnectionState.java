package org.refunddesk.ui.team;

import java.time.Instant;

/**
 * The team server as the app last found it. {@code unreachableSince}: when the first failed attempt in the
 * current run of failures happened; {@code nextAttempt}: when the next retry is due; {@code checking}: an
 * attempt is under way. {@code problem}: the last failure's message, for a tooltip or log, not the banner.
 */
public record ConnectionState(boolean connected, Instant unreachableSince, Instant nextAttempt, boolean checking,
                              String problem) {
    public static final ConnectionState UNKNOWN = new ConnectionState(false, null, null, true, null);

    public static ConnectionState up() {
        return new ConnectionState(true, null, null, false, null);
    }
}

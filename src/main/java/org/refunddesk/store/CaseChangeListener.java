package org.refunddesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live updates from a team server (issue 16): holds one connection of its own with {@code LISTEN refunddesk_cases}
 * and hands the ids of cases other clients changed to {@code onChange}, batched, on its own daemon thread (never the
 * FX thread: the UI moves to it). The caller then reads just those summaries. A lost connection is reopened with
 * backoff (1 s doubling to 30 s); {@code onConnection} hears whether it is listening (for the "server unreachable"
 * banner). Changes made while it was not listening are not replayed: after a reconnect it reports {@code null} once,
 * meaning "reload everything".
 */
public final class CaseChangeListener implements AutoCloseable {
    static final String CHANNEL = "refunddesk_cases";
    private static final Logger LOG = Logger.getLogger(CaseChangeListener.class.getName());
    private static final int WAIT_MILLIS = 500;

    private final ServerLogin login;
    private final Consumer<Set<UUID>> onChange;
    private final Consumer<Boolean> onConnection;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private CaseChangeListener(ServerLogin login, Consumer<Set<UUID>> onChange, Consumer<Boolean> onConnection) {
        this.login = login;
        this.onChange = onChange;
        this.onConnection = onConnection;
        this.thread = new Thread(this::run, "refunddesk-case-changes");
        this.thread.setDaemon(true);
    }

    /**
     * Starts listening; returns once the first LISTEN is in place (so a change committed after this returns is
     * reported), or throws when the server cannot be reached.
     */
    public static CaseChangeListener start(ServerLogin login, Consumer<Set<UUID>> onChange, Consumer<Boolean> onConnection) {
        CaseChangeListener listener = new CaseChangeListener(Objects.requireNonNull(login), Objects.requireNonNull(onChange),
                onConnection == null ? up -> { } : onConnection);
        try {
            listener.connection = listener.listen();
        } catch (SQLException e) {
            throw ServerPool.inWords(login.address(), e);
        }
        listener.thread.start();
        return listener;
    }

    private Connection listen() throws SQLException {
        Connection c = ServerPool.connectDirectly(login);
        try (Statement st = c.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void run() {
        long backoff = 1000;
        boolean reconnected = false;
        onConnection.accept(true);
        while (!closed) {
            try {
                if (connection == null) {
                    connection = listen();
                    onConnection.accept(true);
                    reconnected = true;
                    backoff = 1000;
                }
                if (reconnected) {
                    reconnected = false;
                    onChange.accept(null);
                }
                PGNotification[] notes = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notes != null && notes.length > 0) {
                    Set<UUID> ids = new LinkedHashSet<>();
                    for (PGNotification n : notes) {
                        try {
                            ids.add(UUID.fromString(n.getParameter()));
                        } catch (IllegalArgumentException e) {
                            LOG.log(Level.FINE, "not a case id: " + n.getParameter());
                        }
                    }
                    if (!ids.isEmpty()) {
                        onChange.accept(Set.copyOf(ids));
                    }
                }
            } catch (SQLException e) {
                if (closed) {
                    break;
                }
                closeQuietly();
                onConnection.accept(false);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a case change listener failed", e);
            }
        }
        closeQuietly();
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the connection is gone already
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }
}

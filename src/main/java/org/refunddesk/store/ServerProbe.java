package org.refunddesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a team server answers now (issue 16, network loss): a connection from the pool, which the pool itself
 * validates when it was idle, then {@link Connection#isValid} with a short timeout, so a connection the network
 * dropped is found by this check on a background thread and not by the next save. The embedded store always answers.
 */
public final class ServerProbe {
    private ServerProbe() {
    }

    /** Returns when the server answered within {@code timeoutSeconds}; throws {@link ServerUnreachableException} if not. */
    public static void check(Database database, int timeoutSeconds) {
        if (database.server().isEmpty()) {
            return;
        }
        ServerAddress server = database.server().get();
        try (Connection c = database.pool().getConnection()) {
            if (!c.isValid(timeoutSeconds)) {
                throw new ServerUnreachableException(server,
                        new SQLTransientConnectionException("no answer within " + timeoutSeconds + " s", "08006"));
            }
        } catch (SQLException e) {
            throw ServerPool.inWords(server, e);
        }
    }

    /** True when this failure (or one of its causes) means the team server could not be reached. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ServerUnreachableException) {
                return true;
            }
            if (t instanceof SQLException sql && ServerPool.unreachable(sql)) {
                return true;
            }
        }
        return false;
    }
}

package org.refunddesk.store;

import java.sql.SQLException;

/** The team server cannot be reached (down, no network, refused the connection): retry later; nothing was changed. */
public final class ServerUnreachableException extends StoreException {
    // PostgreSQL's driver says "connection rejected" when the server answers an SSL request with "no".
    private static final String CONNECTION_REJECTED = "08004";

    private final transient ServerAddress server;
    private final boolean sslRefused;

    public ServerUnreachableException(ServerAddress server, Throwable cause) {
        super(message(server, cause), cause);
        this.server = server;
        this.sslRefused = refusesSsl(cause);
    }

    public ServerAddress server() {
        return server;
    }

    /** The server answered but serves no encrypted connections, which the address asks for. */
    public boolean sslRefused() {
        return sslRefused;
    }

    private static String message(ServerAddress server, Throwable cause) {
        if (refusesSsl(cause)) {
            return "the team server " + server.label() + " accepts no encrypted connections (SSL): its owner turns"
                    + " ssl on in postgresql.conf (docs/team.md); only for a server on this computer add ?sslmode=disable";
        }
        return "the team server " + server.label() + " cannot be reached: " + cause.getMessage();
    }

    private static boolean refusesSsl(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && CONNECTION_REJECTED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

package org.refunddesk.store;

/** The team server refused the login (no such role, wrong password, no right to connect). */
public final class ServerLoginRefusedException extends StoreException {
    public ServerLoginRefusedException(ServerAddress server, String user, Throwable cause) {
        super("the team server " + server.label() + " refused the login of " + user + ": " + cause.getMessage(), cause);
        this.server = server;
        this.user = user;
    }

    private final transient ServerAddress server;
    private final String user;

    public ServerAddress server() {
        return server;
    }

    /** The login role the server refused. */
    public String user() {
        return user;
    }
}

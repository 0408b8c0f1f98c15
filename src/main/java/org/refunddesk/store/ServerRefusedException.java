package org.refunddesk.store;

/** The team server refused the change: the login role may not do it (a helper adding people, another's case). */
public final class ServerRefusedException extends StoreException {
    public ServerRefusedException(ServerAddress server, Throwable cause) {
        super("the team server " + server.label() + " refused: " + cause.getMessage() + "; nothing was changed", cause);
        this.server = server;
    }

    private final transient ServerAddress server;

    public ServerAddress server() {
        return server;
    }
}

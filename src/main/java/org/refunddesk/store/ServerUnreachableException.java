package org.refunddesk.store;

/** The team server cannot be reached (down, no network, refused the connection): retry later; nothing was changed. */
public final class ServerUnreachableException extends StoreException {
    private final transient ServerAddress server;

    public ServerUnreachableException(ServerAddress server, Throwable cause) {
        super("the team server " + server.label() + " cannot be reached: " + cause.getMessage(), cause);
        this.server = server;
    }

    public ServerAddress server() {
        return server;
    }
}

package org.refunddesk.store;

/** The team server's schema is older than this app: its owner runs {@code team init} (issue 16). */
public final class ServerSchemaException extends StoreException {
    public ServerSchemaException(String message) {
        super(message);
    }
}

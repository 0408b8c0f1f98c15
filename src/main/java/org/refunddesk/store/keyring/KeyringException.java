package org.refunddesk.store.keyring;

/** The keyring refused or failed (locked, no secret service running); the password was not kept. */
public final class KeyringException extends Exception {
    public KeyringException(String message) {
        super(message);
    }

    public KeyringException(String message, Throwable cause) {
        super(message, cause);
    }
}

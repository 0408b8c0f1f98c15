package org.refunddesk.store.crypto;

/** The key (a passphrase's, the recovery key's or the store's) does not open what it was given. */
public final class WrongKeyException extends RuntimeException {
    public WrongKeyException() {
        super("wrong key", null, false, false);
    }
}

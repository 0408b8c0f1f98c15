package org.refunddesk.store;

/** Asked to encrypt an encrypted store, or to unlock or decrypt one that is not encrypted. */
public final class EncryptionStateException extends StoreException {
    public EncryptionStateException(String message) {
        super(message);
    }
}

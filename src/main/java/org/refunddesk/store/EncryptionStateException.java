package org.refunddesk.store;

import java.nio.file.Path;

/** Asked to encrypt an encrypted store, or to unlock or decrypt one that is not encrypted. */
public final class EncryptionStateException extends StoreException {
    private final transient Path dataDir;
    private final boolean encrypted;

    public EncryptionStateException(String message) {
        this(message, null, false);
    }

    /** {@code encrypted}: the store in {@code dataDir} is encrypted (asked to encrypt it), or not (asked to unlock). */
    public EncryptionStateException(Path dataDir, boolean encrypted) {
        this("the store in " + dataDir + (encrypted ? " is already encrypted" : " is not encrypted"), dataDir, encrypted);
    }

    private EncryptionStateException(String message, Path dataDir, boolean encrypted) {
        super(message);
        this.dataDir = dataDir;
        this.encrypted = encrypted;
    }

    /** The data folder in question; null when made from a message alone. */
    public Path dataDir() {
        return dataDir;
    }

    /** Whether the store is encrypted (the request was to encrypt it again). */
    public boolean encrypted() {
        return encrypted;
    }
}

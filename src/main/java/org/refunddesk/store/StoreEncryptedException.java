package org.refunddesk.store;

import java.nio.file.Path;

/** The store is encrypted and was opened without its key: nothing was read or changed. */
public final class StoreEncryptedException extends StoreException {
    private final transient Path dataDir;

    public StoreEncryptedException(Path dataDir) {
        super("the store in " + dataDir + " is encrypted: its passphrase is needed to open it");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}

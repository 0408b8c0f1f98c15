package org.refunddesk.store;

import java.nio.file.Path;

/** The passphrase (or recovery key) does not open the store; nothing was read beyond the key file. */
public final class WrongPassphraseException extends StoreException {
    private final transient Path dataDir;

    public WrongPassphraseException(Path dataDir) {
        super("wrong passphrase or recovery key for the store in " + dataDir + "; nothing was changed");
        this.dataDir = dataDir;
    }

    /** The data folder whose store the passphrase did not open (the command line names it). */
    public Path dataDir() {
        return dataDir;
    }
}

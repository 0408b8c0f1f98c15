package org.refunddesk.store;

import java.nio.file.Path;

/** The passphrase (or recovery key) does not open the store; nothing was read beyond the key file. */
public final class WrongPassphraseException extends StoreException {
    public WrongPassphraseException(Path dataDir) {
        super("wrong passphrase or recovery key for the store in " + dataDir + "; nothing was changed");
    }
}

package org.refunddesk.store;

import java.nio.file.Path;

/** Another RefundDesk process has this data folder open. */
public class StoreLockedException extends StoreException {
    private final Path dataDir;

    public StoreLockedException(Path dataDir) {
        super("data folder in use by another RefundDesk: " + dataDir);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}

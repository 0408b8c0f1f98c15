package org.refunddesk.store;

import java.nio.file.Path;

/** Another RefundDesk process has this data folder open. */
public class StoreLockedException extends StoreException {
    private final Path dataDir;
    private final String holder;

    public StoreLockedException(Path dataDir) {
        this(dataDir, null);
    }

    /** {@code holder}: what holds the folder, as its lock file says (e.g. "the command backup (process 42)"). */
    public StoreLockedException(Path dataDir, String holder) {
        super("data folder in use by " + (holder == null ? "another RefundDesk" : holder) + ": " + dataDir);
        this.dataDir = dataDir;
        this.holder = holder;
    }

    /** What holds the folder, or null when unknown. */
    public String holder() {
        return holder;
    }

    public Path dataDir() {
        return dataDir;
    }
}

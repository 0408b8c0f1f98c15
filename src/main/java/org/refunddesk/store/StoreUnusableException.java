package org.refunddesk.store;

import java.nio.file.Path;

/**
 * The store cannot be opened, or cannot be written, for a reason the user can act on: the disk is full, the
 * folder may not be written, the database file is damaged. {@link #kind()} says which; the app and the command
 * line turn it into words with what to do.
 */
public final class StoreUnusableException extends StoreException {
    public enum Kind {
        /** No space left on the disk holding the data folder. */
        DISK_FULL,
        /** The data folder or its files may not be written (permissions, a read-only disk). */
        NO_PERMISSION,
        /** The database file is damaged (a failed checksum, a chunk that cannot be read). */
        DAMAGED_FILE
    }

    private final Kind kind;
    private final Path dataDir;

    public StoreUnusableException(Kind kind, Path dataDir, Throwable cause) {
        super(describe(kind, dataDir) + " (" + StoreFailures.rootMessage(cause) + ")", cause);
        this.kind = kind;
        this.dataDir = dataDir;
    }

    private static String describe(Kind kind, Path dataDir) {
        return switch (kind) {
            case DISK_FULL -> "the disk holding " + dataDir + " is full";
            case NO_PERMISSION -> "not allowed to write in " + dataDir;
            case DAMAGED_FILE -> "the database file in " + dataDir + " is damaged";
        };
    }

    public Kind kind() {
        return kind;
    }

    public Path dataDir() {
        return dataDir;
    }
}

package org.refunddesk.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Reads a failure's cause chain for what the user can act on. H2 reports a full disk as an MVStoreException
 * "Writing to … failed" whose cause is the IOException "No space left on device" (ENOSPC), sometimes inside a
 * SQLException inside a FlywayException; the words of the innermost causes decide.
 */
public final class StoreFailures {
    private StoreFailures() {
    }

    public static Optional<StoreUnusableException.Kind> classify(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        StoreUnusableException.Kind found = null;
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof StoreUnusableException unusable) {
                return Optional.of(unusable.kind());
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk full") || message.contains("enospc")
                    || message.contains("disk quota exceeded") || message.contains("not enough space")) {
                return Optional.of(StoreUnusableException.Kind.DISK_FULL);
            }
            if (t instanceof AccessDeniedException || message.contains("permission denied")
                    || message.contains("read-only file system") || message.contains("access is denied")) {
                found = StoreUnusableException.Kind.NO_PERMISSION;
            } else if (found == null && damaged(t, message)) {
                found = StoreUnusableException.Kind.DAMAGED_FILE;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean damaged(Throwable t, String message) {
        if (t instanceof MVStoreException mv && (mv.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT
                || mv.getErrorCode() == DataUtils.ERROR_CHUNK_NOT_FOUND)) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            return true;
        }
        return message.contains("file corrupted");
    }

    /** The store failure as one the user can act on, when its causes say so; else the failure itself. */
    static RuntimeException inWords(RuntimeException error, Path dataDir) {
        if (error instanceof StoreUnusableException || error instanceof StoreLockedException) {
            return error;
        }
        return classify(error).<RuntimeException>map(kind -> new StoreUnusableException(kind, dataDir, error))
                .orElse(error);
    }

    /** The innermost cause's message, first line only: what H2 or the file system said. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        Set<Throwable> seen = new HashSet<>();
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}

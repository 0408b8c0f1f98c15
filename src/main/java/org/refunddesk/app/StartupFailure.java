package org.refunddesk.app;

import java.nio.file.Path;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.StoreFailures;
import org.refunddesk.store.StoreLockedException;
import org.refunddesk.store.StoreUnusableException;

/**
 * What the user is told when the store cannot be opened at start. Another RefundDesk holding the
 * folder is the expected case and gets a plain explanation; a full disk, a folder that may not be written and a
 * damaged file are named in words with what to do; anything else names the folder and cause.
 */
record StartupFailure(String title, String message) {

    static StartupFailure describe(Throwable error, Path dataDir, Messages messages) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof StoreLockedException)) {
            cause = cause.getCause();
        }
        if (cause instanceof StoreLockedException locked) {
            Path folder = locked.dataDir() == null ? dataDir : locked.dataDir();
            if (locked.holder() != null && !locked.holder().startsWith("the RefundDesk app")) {
                return new StartupFailure(messages.get("backup.startup.busy.title"),
                        messages.get("backup.startup.busy", String.valueOf(folder), locked.holder()));
            }
            return new StartupFailure(messages.get("ui.startup.locked.title"),
                    messages.get("ui.startup.locked", String.valueOf(folder)));
        }
        java.util.Optional<StoreUnusableException.Kind> kind = StoreFailures.classify(error);
        if (kind.isPresent()) {
            // disk full, no permission, damaged file: the cause in words and what to do, never H2's or Flyway's text
            return new StartupFailure(messages.get("recovery.startup.title." + kind.get().name()),
                    messages.get("recovery.unusable." + kind.get().name(), String.valueOf(dataDir)));
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new StartupFailure(messages.get("ui.startup.failed.title"),
                messages.get("ui.startup.failed", String.valueOf(dataDir), reason));
    }
}

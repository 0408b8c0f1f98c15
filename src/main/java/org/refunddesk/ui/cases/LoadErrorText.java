package org.refunddesk.ui.cases;

import java.nio.file.Path;
import java.util.Optional;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.DamagedCase;
import org.refunddesk.store.StoreFailures;
import org.refunddesk.store.StoreUnusableException;

/** What the case list says when the store fails it: a damaged case, a full disk or an unusable folder in words. */
public record LoadErrorText(String title, String text) {
    public static LoadErrorText of(Messages messages, String key, Throwable error, Path dataDir) {
        Optional<DamagedCase> damaged = DamageText.causeOf(error);
        if (damaged.isPresent()) {
            return new LoadErrorText(messages.get("damaged.dialog.title"),
                    DamageText.of(messages, damaged.get().title(), damaged.get().problem()));
        }
        Optional<StoreUnusableException.Kind> kind = StoreFailures.classify(error);
        if (kind.isPresent()) {
            return new LoadErrorText(messages.get(key),
                    messages.get("recovery.unusable." + kind.get().name(), String.valueOf(dataDir)));
        }
        return new LoadErrorText(messages.get(key), error.getMessage() == null ? error.toString() : error.getMessage());
    }
}

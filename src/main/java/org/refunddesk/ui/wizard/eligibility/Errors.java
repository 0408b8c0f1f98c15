package org.refunddesk.ui.wizard.eligibility;

import java.util.concurrent.Callable;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

import org.refunddesk.rules.i18n.Messages;

/** Field errors as bindings: the localised reason, "" when the field is fine. */
final class Errors {
    private Errors() {
    }

    static StringBinding of(Messages messages, Callable<String> errorKey, Observable... dependencies) {
        return Bindings.createStringBinding(() -> {
            String key = errorKey.call();
            return key == null || key.isEmpty() ? "" : messages.get(key);
        }, dependencies);
    }

    static BooleanBinding anyOf(StringBinding... errors) {
        return Bindings.createBooleanBinding(() -> {
            for (StringBinding e : errors) {
                if (!e.get().isEmpty()) {
                    return true;
                }
            }
            return false;
        }, errors);
    }
}

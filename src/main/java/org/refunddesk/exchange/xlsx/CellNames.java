package org.refunddesk.exchange.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.refunddesk.rules.i18n.Messages;

/** Localised enum names, looked up once per constant: an export asks for them hundreds of thousands of times. */
final class CellNames {
    private final Messages messages;
    private final Map<Enum<?>, String> cache = new HashMap<>();

    CellNames(Messages messages) {
        this.messages = messages;
    }

    String of(Enum<?> value) {
        return value == null ? null : cache.computeIfAbsent(value, messages::of);
    }
}

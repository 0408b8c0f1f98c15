package org.refunddesk.exchange.xlsx;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.refunddesk.rules.i18n.Messages;

/** Reads an enum back from a cell: the constant's name, or its Chinese or English display name. */
final class EnumNames {
    private static final Messages CHINESE = Messages.forTag("zh");
    private static final Messages ENGLISH = Messages.forTag("en");

    private final Map<Class<?>, Map<String, Enum<?>>> lookup = new HashMap<>();

    <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
        Map<String, Enum<?>> names = lookup.computeIfAbsent(type, t -> index(type));
        return Optional.ofNullable(type.cast(names.get(fold(text))));
    }

    /** The display names a user may type, for the error message. */
    static <E extends Enum<E>> String choices(Class<E> type, Messages messages) {
        return String.join(" / ", java.util.Arrays.stream(type.getEnumConstants()).map(messages::of).toList());
    }

    private static <E extends Enum<E>> Map<String, Enum<?>> index(Class<E> type) {
        Map<String, Enum<?>> names = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            for (String name : List.of(value.name(), CHINESE.of(value), ENGLISH.of(value))) {
                names.putIfAbsent(fold(name), value);
            }
        }
        return names;
    }

    private static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}

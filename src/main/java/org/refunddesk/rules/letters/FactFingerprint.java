package org.refunddesk.rules.letters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a letter or complaint text, read from the labelled lines the shared facts
 * template writes. The labels come from the facts templates themselves (every language), so texts in
 * either language compare and a reworded template needs no code change.
 */
public final class FactFingerprint {
    /** A labelled fact of the facts section, by the placeholder that fills it. */
    public enum Field {
        ORDER_NUMBER("orderNo"), AMOUNT("amount"), PAID_AT("paidAt"), DISCOVERED_AT("discoveredAt");

        private final String placeholder;

        Field(String placeholder) {
            this.placeholder = placeholder;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private final Map<Field, String> values = new EnumMap<>(Field.class);

    private FactFingerprint(String text, Map<Field, Pattern> patterns) {
        patterns.forEach((field, pattern) -> {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                values.put(field, normalise(field, m.group(1)));
            }
        });
    }

    /** The line patterns for each field: "label: value" where the facts templates write "label: {placeholder}". */
    public static Map<Field, Pattern> patterns(LetterResources resources) {
        Map<Field, Pattern> patterns = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            List<String> labels = new ArrayList<>();
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                Matcher m = Pattern.compile("(?m)^(.+?)\\s*[：:]\\s*\\{" + f.placeholder + "}")
                        .matcher(resources.factsTemplate(locale));
                if (!m.find()) {
                    throw new IllegalStateException("facts template " + locale + " has no line \"label: {" + f.placeholder + "}\"");
                }
                labels.add(Pattern.quote(m.group(1).strip()));
            }
            patterns.put(f, Pattern.compile("(?m)^\\s*(?:" + String.join("|", labels) + ")\\s*[：:]\\s*(.+?)\\s*$"));
        }
        return patterns;
    }

    public static FactFingerprint of(String text, Map<Field, Pattern> patterns) {
        return new FactFingerprint(text == null ? "" : text, patterns);
    }

    public Map<Field, String> values() {
        return Collections.unmodifiableMap(new EnumMap<>(values));
    }

    private static String normalise(Field f, String raw) {
        if (f == Field.AMOUNT) {
            Matcher n = NUMBER.matcher(raw);
            return n.find() ? new BigDecimal(n.group()).stripTrailingZeros().toPlainString() : raw;
        }
        return raw.strip();
    }
}

package org.refunddesk.rules.letters;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a letter or complaint text, read from the labelled lines the shared facts
 * template writes (Chinese or English labels), so texts in either language compare.
 */
public final class FactFingerprint {
    /** A labelled fact of the facts section. */
    public enum Field {
        ORDER_NUMBER("订单号|Order number"),
        AMOUNT("金额|Amount paid"),
        PAID_AT("付款时间|Paid at"),
        DISCOVERED_AT("发现问题时间|Problem found");

        private final Pattern pattern;

        Field(String labels) {
            this.pattern = Pattern.compile("(?m)^\\s*(?:" + labels + ")\\s*[：:]\\s*(.+?)\\s*$");
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private final Map<Field, String> values = new EnumMap<>(Field.class);

    private FactFingerprint(String text) {
        for (Field f : Field.values()) {
            Matcher m = f.pattern.matcher(text);
            if (m.find()) {
                values.put(f, normalise(f, m.group(1)));
            }
        }
    }

    public static FactFingerprint of(String text) {
        return new FactFingerprint(text == null ? "" : text);
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

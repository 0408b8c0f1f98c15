package org.refunddesk.exchange;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.refunddesk.domain.Money;

/**
 * Reads one JSON object strictly and names the JSON path in every complaint, so a bad file gives
 * one clean line ({@code purchase.paidAt: "yesterday" is not a time}) instead of a Jackson stack.
 * Unknown fields are refused up front; JSON null counts as absent.
 */
final class JsonObjectReader {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int MAX_SHOWN = 60;

    private final JsonNode node;
    private final String path;

    private JsonObjectReader(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at {@code path}, refusing any field not in {@code allowed}. */
    static JsonObjectReader of(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw new CaseFileException(path.isEmpty() ? "(root)" : path,
                    "expected a JSON object, got " + show(node));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new CaseFileException(child(path, name), "unknown field");
            }
        }
        return new JsonObjectReader(node, path);
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return child(path, field);
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    JsonNode raw(String field) {
        return has(field) ? node.get(field) : null;
    }

    String text(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw bad(field, "expected a string, got " + show(value));
        }
        return checkText(field, value.textValue());
    }

    /** Length and control characters: a field holds what a person typed, not 10 MB or a NUL. */
    private String checkText(String field, String text) {
        InputLimits.checkText(field, text).ifPresent(v -> {
            throw v.kind() == InputLimits.Violation.Kind.TOO_LONG ? bad(field, "longer than " + v.limit() + " characters")
                    : bad(field, "contains a control character (" + v.characterCode() + ") at " + v.position());
        });
        return text;
    }

    String requiredText(String field) {
        String value = text(require(field));
        if (value.isBlank()) {
            throw bad(field, "must not be empty");
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw bad(field, show(raw(field)) + " is not one of " + allowed);
        }
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        return enumValue(require(field), type);
    }

    /** An amount as a string ("100.00") or a plain JSON number; never "12,5", a sign or fractions of a fen. */
    BigDecimal amount(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        String text = value.isTextual() ? value.textValue()
                : value.isNumber() ? value.decimalValue().toPlainString() : null;
        if (text != null && InputLimits.signedOrControl(text)) {
            throw bad(field, show(value) + " is not an amount: no sign, only digits (like \"100.00\")");
        }
        Optional<BigDecimal> parsed = text == null ? Optional.empty() : Money.parse(text);
        BigDecimal amount = parsed.orElseThrow(() -> bad(field, show(value) + " is not an amount (like \"100.00\")"));
        if (!InputLimits.amountInRange(amount)) {
            throw bad(field, show(value) + " is not between 0.01 and 10000000.00 yuan");
        }
        return amount;
    }

    BigDecimal requiredAmount(String field) {
        return amount(require(field));
    }

    /** ISO-8601 with an offset; without one the time is read as Asia/Shanghai. */
    Instant time(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        Instant instant = org.refunddesk.domain.IsoTimes.parseWritten(value);
        if (instant != null) {
            return checkedInRange(field, instant);
        }
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withOffset) {
            try {
                instant = LocalDateTime.parse(value).atZone(SHANGHAI).toInstant();
            } catch (DateTimeException withoutOffset) {
                throw bad(field, show(raw(field)) + " is not a time (like \"2026-11-20T10:00:00+08:00\")");
            }
        }
        return checkedInRange(field, instant);
    }

    private Instant checkedInRange(String field, Instant instant) {
        if (!InputLimits.timeInRange(instant)) {
            throw bad(field, show(raw(field)) + " is outside 2000-01-01 .. 2100-12-31");
        }
        return instant;
    }

    Instant requiredTime(String field) {
        return time(require(field));
    }

    boolean bool(String field, boolean absent) {
        JsonNode value = raw(field);
        if (value == null) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw bad(field, "expected true or false, got " + show(value));
        }
        return value.booleanValue();
    }

    Integer positiveInt(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
            throw bad(field, show(value) + " is not a whole number of at least 1");
        }
        return value.intValue();
    }

    UUID uuid(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (!id.toString().equalsIgnoreCase(value)) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw bad(field, show(raw(field)) + " is not an id (a UUID like \"3f2b...\")");
        }
    }

    JsonObjectReader object(String field, Set<String> allowed) {
        JsonNode value = raw(field);
        return value == null ? null : of(value, pathOf(field), allowed);
    }

    JsonObjectReader requiredObject(String field, Set<String> allowed) {
        return of(node.get(require(field)), pathOf(field), allowed);
    }

    /** The array's elements (empty when absent). */
    List<JsonNode> array(String field) {
        JsonNode value = raw(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw bad(field, "expected a JSON array, got " + show(value));
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    List<String> textList(String field) {
        List<String> result = new ArrayList<>();
        List<JsonNode> items = array(field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (item == null || !item.isTextual()) {
                throw new CaseFileException(element(pathOf(field), i), "expected a string, got " + show(item));
            }
            // each element is a text as any other: a tag holds what a person typed, not 10 MB or a NUL
            String at = element(pathOf(field), i);
            InputLimits.checkText(field, item.textValue()).ifPresent(v -> {
                throw new CaseFileException(at, v.kind() == InputLimits.Violation.Kind.TOO_LONG
                        ? "longer than " + v.limit() + " characters"
                        : "contains a control character (" + v.characterCode() + ") at " + v.position());
            });
            result.add(item.textValue());
        }
        return result;
    }

    <E extends Enum<E>> List<E> enumList(String field, Class<E> type) {
        List<String> names = textList(field);
        List<E> result = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            try {
                result.add(Enum.valueOf(type, names.get(i)));
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", "));
                throw new CaseFileException(element(pathOf(field), i),
                        show(array(field).get(i)) + " is not one of " + allowed);
            }
        }
        return result;
    }

    CaseFileException bad(String field, String problem) {
        return new CaseFileException(pathOf(field), problem);
    }

    private String require(String field) {
        if (!has(field)) {
            throw bad(field, "missing required field");
        }
        return field;
    }

    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The value as JSON (so strings keep their quotes and newlines stay escaped), shortened. */
    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String json = value.toString();
        return json.length() <= MAX_SHOWN ? json : json.substring(0, MAX_SHOWN) + "...";
    }
}

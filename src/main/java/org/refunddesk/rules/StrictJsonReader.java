package org.refunddesk.rules;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.refunddesk.domain.EventType;

/** Strict readers over a Jackson tree: every error is a {@link RuleBookException} naming the file and JSON path. */
abstract class StrictJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String file;

    StrictJsonReader(String file) {
        this.file = file;
    }


    JsonNode readRoot(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject()) {
                throw new RuleBookException(file + ": expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new RuleBookException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + "): "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RuleBookException(file + ": cannot be read: " + e.getMessage());
        }
    }

    RuleBookException error(String path, String problem) {
        return new RuleBookException(file + ": " + path + ": " + problem);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    void known(JsonNode n, String path, String... fields) {
        if (!n.isObject()) {
            throw error(path, "expected an object");
        }
        Set<String> allowed = Set.of(fields);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw error(join(path, f), "unknown field");
            }
        }
    }

    JsonNode field(JsonNode n, String name, String path) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw error(join(path, name), "missing");
        }
        return v;
    }

    String text(JsonNode n, String name, String path) {
        JsonNode v = field(n, name, path);
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw error(join(path, name), "expected text");
        }
        return v.textValue();
    }

    String optionalText(JsonNode n, String name, String path) {
        return n.has(name) ? text(n, name, path) : null;
    }

    boolean bool(JsonNode n, String name, String path, boolean dflt) {
        if (!n.has(name)) {
            return dflt;
        }
        JsonNode v = n.get(name);
        if (!v.isBoolean()) {
            throw error(join(path, name), v + " is not true or false");
        }
        return v.booleanValue();
    }

    int positive(JsonNode v, String path) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            throw error(path, v + " is not a whole number of at least 1");
        }
        return v.intValue();
    }

    BigDecimal decimal(JsonNode n, String name, String path) {
        JsonNode v = field(n, name, path);
        try {
            BigDecimal d = new BigDecimal(v.asText());
            if (d.signum() < 0 || !v.isTextual()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw error(join(path, name), v + " is not an amount written as text, e.g. \"500.00\"");
        }
    }

    LocalDate date(JsonNode v, String path) {
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw error(path, "\"" + v.asText() + "\" is not a date like 2026-11-01");
        }
    }

    JsonNode array(JsonNode n, String name, String path) {
        JsonNode v = field(n, name, path);
        if (!v.isArray()) {
            throw error(join(path, name), "expected a list");
        }
        return v;
    }

    Set<EventType> events(JsonNode list, String path) {
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        forEach(list, path, (c, ca) -> events.add(enumValue(EventType.class, c.asText(), ca)));
        return events;
    }

    LocalizedText localized(JsonNode n, String path, Set<String> placeholders) {
        known(n, path, "zh", "en");
        LocalizedText t = new LocalizedText(text(n, "zh", path), text(n, "en", path));
        for (boolean english : new boolean[] {false, true}) {
            for (String name : t.template(english).placeholders()) {
                if (!placeholders.contains(name)) {
                    throw error(path + (english ? ".en" : ".zh"), "unknown placeholder {" + name + "}");
                }
            }
        }
        return t;
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw error(path, "\"" + value + "\" is not one of " + allowed);
        }
    }

    interface Each {
        void accept(JsonNode node, String path);
    }

    void forEach(JsonNode list, String path, Each each) {
        for (int i = 0; i < list.size(); i++) {
            each.accept(list.get(i), path + "[" + i + "]");
        }
    }
}

package org.refunddesk.rules;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads one holiday-cn year file ({"year", "papers", "days": [{"name", "date", "isOffDay"}]}) strictly:
 * every error names the file and the field, e.g. {@code 2027.json: days[3].date: "2027-13-01" is not a date}.
 */
final class HolidayFileParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP_FIELDS = Set.of("year", "papers", "days");
    private static final Set<String> DAY_FIELDS = Set.of("name", "date", "isOffDay");

    private HolidayFileParser() {
    }

    static HolidayYear parse(String fileName, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CalendarDataException(fileName + ": not valid JSON (line " + e.getLocation().getLineNr()
                    + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CalendarDataException(fileName + ": cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new CalendarDataException(fileName + ": expected a JSON object");
        }
        checkFields(fileName, "", root, TOP_FIELDS);
        JsonNode yearNode = required(fileName, root, "year");
        if (!yearNode.canConvertToInt() || !yearNode.isIntegralNumber()) {
            throw new CalendarDataException(fileName + ": year: " + yearNode + " is not a year");
        }
        int year = yearNode.intValue();
        List<String> papers = new ArrayList<>();
        JsonNode papersNode = required(fileName, root, "papers");
        if (!papersNode.isArray()) {
            throw new CalendarDataException(fileName + ": papers: expected a list of addresses");
        }
        for (int i = 0; i < papersNode.size(); i++) {
            JsonNode p = papersNode.get(i);
            if (!p.isTextual()) {
                throw new CalendarDataException(fileName + ": papers[" + i + "]: expected text");
            }
            papers.add(p.textValue());
        }
        JsonNode daysNode = required(fileName, root, "days");
        if (!daysNode.isArray()) {
            throw new CalendarDataException(fileName + ": days: expected a list");
        }
        List<HolidayYear.SpecialDay> days = new ArrayList<>();
        for (int i = 0; i < daysNode.size(); i++) {
            days.add(day(fileName, "days[" + i + "]", daysNode.get(i), year));
        }
        return new HolidayYear(year, papers, days, fileName);
    }

    private static HolidayYear.SpecialDay day(String file, String path, JsonNode node, int year) {
        if (!node.isObject()) {
            throw new CalendarDataException(file + ": " + path + ": expected an object");
        }
        checkFields(file, path + ".", node, DAY_FIELDS);
        JsonNode name = required(file, node, "name", path);
        JsonNode date = required(file, node, "date", path);
        JsonNode off = required(file, node, "isOffDay", path);
        if (!name.isTextual()) {
            throw new CalendarDataException(file + ": " + path + ".name: expected text");
        }
        if (!off.isBoolean()) {
            throw new CalendarDataException(file + ": " + path + ".isOffDay: " + off + " is not true or false");
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date.asText());
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(file + ": " + path + ".date: \"" + date.asText() + "\" is not a date");
        }
        // a notice may reach one day into the neighbouring year (2023's New Year holiday starts 2022-12-31)
        if (Math.abs(parsed.getYear() - year) > 1) {
            throw new CalendarDataException(file + ": " + path + ".date: " + parsed + " is not near year " + year);
        }
        return new HolidayYear.SpecialDay(parsed, name.textValue(), off.booleanValue());
    }

    private static void checkFields(String file, String prefix, JsonNode node, Set<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.startsWith("$") && !known.contains(f)) {
                throw new CalendarDataException(file + ": " + prefix + f + ": unknown field");
            }
        }
    }

    private static JsonNode required(String file, JsonNode node, String field) {
        return required(file, node, field, null);
    }

    private static JsonNode required(String file, JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new CalendarDataException(file + ": " + (path == null ? "" : path + ".") + field + ": missing");
        }
        return value;
    }
}

package org.refunddesk.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.backup.EvidenceLogRecord;
import org.refunddesk.domain.backup.SavedViewRecord;
import org.refunddesk.domain.backup.StoredEvidence;

/** The small JSON entries of a full backup: evidence rows, the evidence log, saved views, settings. */
final class BackupRowsJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A vault name is the evidence id plus a short extension; anything else could point outside the vault. */
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
            + "[0-9a-f]{12}(\\.[A-Za-z0-9]{1,16})?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private BackupRowsJson() {
    }

    static ArrayNode evidence(List<StoredEvidence> rows) {
        ArrayNode array = NODES.arrayNode();
        for (StoredEvidence row : rows) {
            EvidenceItem i = row.item();
            ObjectNode o = array.addObject();
            o.put("id", i.id().toString());
            o.put("caseId", i.caseId().toString());
            o.put("category", i.category().name());
            o.put("checklistItem", i.checklistItemId());
            o.put("storedName", i.storedName());
            o.put("originalName", i.originalName());
            o.put("mediaType", i.mediaType());
            o.put("size", i.size());
            o.put("sha256", i.sha256());
            o.put("addedAt", time(i.addedAt()));
            o.put("capturedAt", time(i.capturedAt()));
            o.put("source", i.source());
            ArrayNode facts = o.putArray("facts");
            i.facts().forEach(f -> facts.add(f.name()));
            o.put("note", i.note());
            o.put("trashedAt", time(row.trashedAt()));
        }
        return array;
    }

    static List<StoredEvidence> evidence(JsonNode array) {
        List<StoredEvidence> rows = new ArrayList<>();
        for (int n = 0; n < size(array, "evidence.json"); n++) {
            JsonNode o = array.get(n);
            String at = "evidence.json[" + n + "]";
            UUID id = uuid(o, "id", at);
            String storedName = text(o, "storedName", at, true);
            if (!STORED_NAME.matcher(storedName).matches() || !storedName.startsWith(id.toString())) {
                throw new CaseFileException(at + ".storedName", "\"" + storedName + "\" is not a vault file name");
            }
            String sha = text(o, "sha256", at, true);
            if (!SHA256.matcher(sha).matches()) {
                throw new CaseFileException(at + ".sha256", "not a SHA-256");
            }
            Set<EvidenceFact> facts = EnumSet.noneOf(EvidenceFact.class);
            JsonNode f = o.get("facts");
            if (f != null && f.isArray()) {
                f.forEach(x -> facts.add(enumValue(EvidenceFact.class, x.asText(), at + ".facts")));
            }
            EvidenceItem item = new EvidenceItem(id, uuid(o, "caseId", at),
                    enumValue(EvidenceCategory.class, text(o, "category", at, true), at + ".category"),
                    text(o, "checklistItem", at, false), storedName, text(o, "originalName", at, true),
                    text(o, "mediaType", at, true), o.path("size").asLong(-1), sha.toLowerCase(),
                    instant(o, "addedAt", at, true), instant(o, "capturedAt", at, false),
                    text(o, "source", at, false), facts, text(o, "note", at, false));
            if (item.size() < 0) {
                throw new CaseFileException(at + ".size", "not a file size");
            }
            rows.add(new StoredEvidence(item, instant(o, "trashedAt", at, false)));
        }
        return rows;
    }

    static ArrayNode log(List<EvidenceLogRecord> log) {
        ArrayNode array = NODES.arrayNode();
        for (EvidenceLogRecord r : log) {
            ObjectNode o = array.addObject();
            o.put("evidenceId", r.evidenceId().toString());
            o.put("caseId", r.caseId().toString());
            o.put("action", r.action());
            o.put("at", time(r.at()));
            o.put("reason", r.reason());
            o.put("originalName", r.originalName());
            o.put("sha256", r.sha256());
        }
        return array;
    }

    static List<EvidenceLogRecord> log(JsonNode array) {
        List<EvidenceLogRecord> log = new ArrayList<>();
        for (int n = 0; n < size(array, "evidence-log.json"); n++) {
            JsonNode o = array.get(n);
            String at = "evidence-log.json[" + n + "]";
            String action = text(o, "action", at, true);
            if (!Set.of("REMOVED", "RESTORED", "PURGED").contains(action)) {
                throw new CaseFileException(at + ".action", "\"" + action + "\" is not a log action");
            }
            log.add(new EvidenceLogRecord(uuid(o, "evidenceId", at), uuid(o, "caseId", at), action,
                    instant(o, "at", at, true), text(o, "reason", at, false), text(o, "originalName", at, true),
                    text(o, "sha256", at, true)));
        }
        return log;
    }

    static ArrayNode views(List<SavedViewRecord> views) {
        ArrayNode array = NODES.arrayNode();
        for (SavedViewRecord v : views) {
            ObjectNode o = array.addObject();
            o.put("name", v.name());
            o.put("filter", v.filterText());
            o.put("savedAt", time(v.savedAt()));
        }
        return array;
    }

    static List<SavedViewRecord> views(JsonNode array) {
        List<SavedViewRecord> views = new ArrayList<>();
        for (int n = 0; n < size(array, "views.json"); n++) {
            JsonNode o = array.get(n);
            String at = "views.json[" + n + "]";
            views.add(new SavedViewRecord(text(o, "name", at, true), text(o, "filter", at, true),
                    instant(o, "savedAt", at, true)));
        }
        return views;
    }

    static ObjectNode settings(Map<String, String> settings) {
        ObjectNode o = NODES.objectNode();
        new TreeMap<>(settings).forEach(o::put);
        return o;
    }

    static Map<String, String> settings(JsonNode node) {
        Map<String, String> settings = new TreeMap<>();
        if (node == null || !node.isObject()) {
            throw new CaseFileException("settings.json", "expected a JSON object");
        }
        node.fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        return settings;
    }

    private static int size(JsonNode array, String where) {
        if (array == null || !array.isArray()) {
            throw new CaseFileException(where, "expected a JSON array");
        }
        return array.size();
    }

    private static String time(Instant instant) {
        return instant == null ? null : CaseJsonWriter.time(instant);
    }

    private static String text(JsonNode o, String field, String at, boolean required) {
        JsonNode v = o == null ? null : o.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new CaseFileException(at + "." + field, "missing required field");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new CaseFileException(at + "." + field, "expected a string");
        }
        return v.textValue();
    }

    private static UUID uuid(JsonNode o, String field, String at) {
        String text = text(o, field, at, true);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new CaseFileException(at + "." + field, "\"" + text + "\" is not an id");
        }
    }

    private static Instant instant(JsonNode o, String field, String at, boolean required) {
        String text = text(o, field, at, required);
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new CaseFileException(at + "." + field, "\"" + text + "\" is not a time");
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String at) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new CaseFileException(at, "\"" + name + "\" is not one of the known values");
        }
    }
}

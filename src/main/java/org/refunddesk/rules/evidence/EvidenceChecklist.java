package org.refunddesk.rules.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.rules.LocalizedText;

/**
 * Which evidence each problem kind needs, read from data ({@code rules/evidence-checklist.json}) so
 * the list can change without code. Items keep the order of the file, which follows the bundle order.
 */
public final class EvidenceChecklist {
    public static final String FORMAT = "refunddesk.evidence-checklist/1";
    static final String RESOURCE = "/org/refunddesk/rules/evidence-checklist.json";
    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "sources", "comment", "items");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "category", "label", "shows", "levels", "why", "when");

    private static volatile EvidenceChecklist builtIn;

    private final String version;
    private final List<String> sources;
    private final List<ChecklistItem> items;

    private EvidenceChecklist(String version, List<String> sources, List<ChecklistItem> items) {
        this.version = version;
        this.sources = List.copyOf(sources);
        this.items = List.copyOf(items);
    }

    /** The checklist shipped with the app, read once (it is immutable; the UI, CLI and scores share it). */
    public static EvidenceChecklist builtIn() {
        EvidenceChecklist b = builtIn;
        if (b == null) {
            try (InputStream in = EvidenceChecklist.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new ChecklistException("missing resource " + RESOURCE);
                }
                b = parse(in);
            } catch (IOException e) {
                throw new ChecklistException("cannot read " + RESOURCE, e);
            }
            builtIn = b;
        }
        return b;
    }

    public static EvidenceChecklist parse(InputStream json) throws IOException {
        return fromTree(new ObjectMapper().readTree(json));
    }

    static EvidenceChecklist fromTree(JsonNode root) {
        requireOnly(root, "", TOP_FIELDS);
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ChecklistException("format: expected \"" + FORMAT + "\"");
        }
        String version = text(root, "version", "version");
        List<String> sources = new ArrayList<>();
        root.path("sources").forEach(s -> sources.add(s.asText()));
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        JsonNode array = root.path("items");
        if (!array.isArray() || array.isEmpty()) {
            throw new ChecklistException("items: expected a non-empty list");
        }
        for (int i = 0; i < array.size(); i++) {
            ChecklistItem item = item(array.get(i), "items[" + i + "]");
            if (!ids.add(item.id())) {
                throw new ChecklistException("items[" + i + "].id: \"" + item.id() + "\" appears twice");
            }
            items.add(item);
        }
        return new EvidenceChecklist(version, sources, items);
    }

    private static ChecklistItem item(JsonNode node, String path) {
        requireOnly(node, path + ".", ITEM_FIELDS);
        String id = text(node, "id", path + ".id");
        EvidenceCategory category = enumValue(EvidenceCategory.class, text(node, "category", path + ".category"),
                path + ".category");
        LocalizedText label = localText(node.path("label"), path + ".label");
        Set<EvidenceFact> shows = new LinkedHashSet<>();
        JsonNode showsNode = node.path("shows");
        for (int i = 0; i < showsNode.size(); i++) {
            shows.add(enumValue(EvidenceFact.class, showsNode.get(i).asText(), path + ".shows[" + i + "]"));
        }
        Map<String, ChecklistLevel> levels = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("levels").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + ".levels." + e.getKey();
            levels.put(kindKey(e.getKey(), at), enumValue(ChecklistLevel.class, e.getValue().asText(), at));
        }
        if (levels.isEmpty()) {
            throw new ChecklistException(path + ".levels: expected at least one problem kind");
        }
        Map<String, LocalizedText> why = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("why").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + ".why." + e.getKey();
            why.put(kindKey(e.getKey(), at), localText(e.getValue(), at));
        }
        if (!why.containsKey(ChecklistItem.ANY_KIND)) {
            throw new ChecklistException(path + ".why: the default line \"*\" is missing");
        }
        Map<ProblemFlag, Boolean> when = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("when").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + ".when." + e.getKey();
            if (!e.getValue().isBoolean()) {
                throw new ChecklistException(at + ": expected true or false");
            }
            when.put(enumValue(ProblemFlag.class, e.getKey(), at), e.getValue().asBoolean());
        }
        return new ChecklistItem(id, category, label, shows, levels, why, when);
    }

    private static String kindKey(String key, String path) {
        return ChecklistItem.ANY_KIND.equals(key) ? key : enumValue(ProblemKind.class, key, path).name();
    }

    private static LocalizedText localText(JsonNode node, String path) {
        return new LocalizedText(text(node, "zh", path + ".zh"), text(node, "en", path + ".en"));
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ChecklistException(path + ": missing text");
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ChecklistException(path + ": \"" + value + "\" is not a " + type.getSimpleName());
        }
    }

    private static void requireOnly(JsonNode node, String prefix, Set<String> allowed) {
        if (!node.isObject()) {
            throw new ChecklistException((prefix.isEmpty() ? "checklist" : prefix) + ": expected an object");
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new ChecklistException(prefix + f + ": unknown field");
            }
        });
    }

    public String version() {
        return version;
    }

    public List<String> sources() {
        return sources;
    }

    public List<ChecklistItem> items() {
        return items;
    }

    public Optional<ChecklistItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The items listed for a problem kind (null: only the items every kind lists), in file order, for a
     * problem with no use-state flag set (see {@link #forProblem}).
     */
    public List<ChecklistEntry> forKind(ProblemKind kind) {
        return forProblem(kind, null);
    }

    /** The items listed for a case's problem: its kind, and the items its use-state flags call for. */
    public List<ChecklistEntry> forProblem(Problem problem) {
        return forProblem(problem == null ? null : problem.kind(), problem);
    }

    private List<ChecklistEntry> forProblem(ProblemKind kind, Problem problem) {
        List<ChecklistEntry> entries = new ArrayList<>();
        for (ChecklistItem item : items) {
            if (item.appliesTo(problem)) {
                item.levelFor(kind).ifPresent(level -> entries.add(ChecklistEntry.of(item, level, kind)));
            }
        }
        return entries;
    }

    /** Position of an item in the file, for ordering; unknown ids sort last. */
    public int position(String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}

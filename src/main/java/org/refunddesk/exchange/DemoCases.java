package org.refunddesk.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * About a dozen realistic cases, one per problem kind, drawn from the seed documents: for first looks,
 * screenshots and tests. They live in {@code demo-cases.json} (a backup whose times are durations
 * relative to now, like {@code "-PT45M"}), so the deadlines are open, met or missed whenever the demo runs.
 */
public final class DemoCases {
    private static final String RESOURCE = "demo-cases.json";
    private static final Set<String> TIME_FIELDS = Set.of("paidAt", "discoveredAt", "at", "deadlineAt", "assessedAt",
            "createdAt", "updatedAt", "exportedAt");

    private DemoCases() {
    }

    public static List<RefundCase> create(Clock clock) {
        JsonNode template = CaseFiles.parse(load());
        Instant now = clock.instant();
        shiftTimes(template, now);
        template.get("cases").forEach(DemoCases::giveEventsStableIds);
        return CaseFiles.readCases(template).stream().map(DemoCases::lastTouched).toList();
    }

    /** A demo case was last updated by its latest event (or when it was created). */
    private static RefundCase lastTouched(RefundCase rc) {
        Instant updated = rc.events().stream().map(CaseEvent::at).filter(at -> at.isAfter(rc.createdAt()))
                .max(Instant::compareTo).orElse(rc.createdAt());
        return rc.updatedAt() != null ? rc : rc.withTimestamps(rc.createdAt(), updated);
    }

    private static String load() {
        try (InputStream in = DemoCases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces every relative time ("-P2DT3H") by the absolute time that far from now. */
    private static void shiftTimes(JsonNode node, Instant now) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (TIME_FIELDS.contains(field.getKey()) && value.isTextual() && isRelative(value.textValue())) {
                    object.put(field.getKey(), CaseJsonWriter.time(now.plus(Duration.parse(value.textValue()))));
                } else {
                    shiftTimes(value, now);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> shiftTimes(child, now));
        }
    }

    private static boolean isRelative(String text) {
        return text.startsWith("P") || text.startsWith("-P");
    }

    /** The same demo event gets the same id on every run, so demo folders and screenshots are comparable. */
    private static void giveEventsStableIds(JsonNode caseNode) {
        String caseId = caseNode.path("id").asText();
        JsonNode events = caseNode.path("events");
        for (int i = 0; i < events.size(); i++) {
            ObjectNode event = (ObjectNode) events.get(i);
            if (!event.has("id")) {
                String seed = caseId + "/event/" + i;
                event.put("id", UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
            }
        }
    }
}

package org.refunddesk.cli;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.rules.evidence.EvidenceTexts;
import org.refunddesk.rules.evidence.Gap;
import org.refunddesk.rules.evidence.GapReport;

/** The JSON of {@code evidence list --json} and {@code evidence gaps --json}. */
final class EvidenceJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvidenceJson() {
    }

    static String items(List<EvidenceItem> items) throws JsonProcessingException {
        ArrayNode array = JSON.createArrayNode();
        for (EvidenceItem item : items) {
            ObjectNode o = array.addObject();
            o.put("id", item.id().toString());
            o.put("caseId", item.caseId().toString());
            o.put("category", item.category().name());
            o.put("checklistItem", item.checklistItemId());
            o.put("originalName", item.originalName());
            o.put("storedName", item.storedName());
            o.put("mediaType", item.mediaType());
            o.put("size", item.size());
            o.put("sha256", item.sha256());
            o.put("addedAt", time(item.addedAt()));
            o.put("capturedAt", time(item.capturedAt()));
            o.put("source", item.source());
            ArrayNode shows = o.putArray("shows");
            item.facts().forEach(f -> shows.add(f.name()));
            o.put("note", item.note());
        }
        return JSON.writeValueAsString(array);
    }

    static String gaps(GapReport report, EvidenceTexts texts) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("completeness", report.score());
        root.put("checksPassed", report.checksPassed());
        root.put("checksApplicable", report.checksApplicable());
        ArrayNode gaps = root.putArray("gaps");
        for (Gap gap : report.gaps()) {
            gaps.addObject().put("kind", gap.kind().name()).put("checklistItem", gap.checklistItemId())
                    .put("text", texts.gap(gap, report));
        }
        return JSON.writeValueAsString(root);
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

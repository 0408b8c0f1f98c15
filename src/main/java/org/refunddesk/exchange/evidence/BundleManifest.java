package org.refunddesk.exchange.evidence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.Masking;
import org.refunddesk.rules.evidence.BundleNaming.PlannedFile;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceTexts;
import org.refunddesk.rules.evidence.Gap;

/**
 * {@code manifest.json} of a bundle ({@value #FORMAT}): per file its name in the bundle, category,
 * checklist item, what it shows, SHA-256, size, added / captured times (Asia/Shanghai offset) and
 * original name; plus the case, the completeness score and the gaps.
 */
final class BundleManifest {
    static final String FORMAT = "refunddesk.evidence-bundle/1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final EvidenceChecklist checklist;
    private final EvidenceTexts texts;

    private final boolean showInFull;

    BundleManifest(EvidenceChecklist checklist, EvidenceTexts texts, boolean showInFull) {
        this.checklist = checklist;
        this.texts = texts;
        this.showInFull = showInFull;
    }

    private String shown(String value, java.util.function.UnaryOperator<String> mask) {
        return showInFull ? value : mask.apply(value);
    }

    String json(EvidenceBundle bundle, List<PlannedFile> plan, Instant createdAt) throws JsonProcessingException {
        RefundCase c = bundle.refundCase();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("createdAt", time(createdAt));
        ObjectNode caseNode = root.putObject("case");
        caseNode.put("id", c.id().toString());
        caseNode.put("title", shown(c.title(), Masking::text));
        caseNode.put("orderNo", c.purchase() == null ? null : shown(c.purchase().orderNo(), Masking::tail));
        caseNode.put("problem", c.problem() == null || c.problem().kind() == null ? null : c.problem().kind().name());
        root.put("checklistVersion", checklist.version());
        root.put("completeness", bundle.report().score());
        ArrayNode gaps = root.putArray("gaps");
        for (Gap gap : bundle.report().gaps()) {
            gaps.addObject().put("kind", gap.kind().name()).put("checklistItem", gap.checklistItemId())
                    .put("text", shown(texts.gap(gap, bundle.report()), Masking::text));
        }
        ArrayNode files = root.putArray("files");
        for (PlannedFile planned : plan) {
            EvidenceItem item = planned.item();
            ObjectNode f = files.addObject();
            f.put("file", planned.fileName());
            f.put("category", item.category().name());
            f.put("checklistItem", item.checklistItemId());
            ArrayNode shows = f.putArray("shows");
            item.facts().forEach(fact -> shows.add(fact.name()));
            f.put("sha256", item.sha256());
            f.put("size", item.size());
            f.put("mediaType", item.mediaType());
            f.put("addedAt", time(item.addedAt()));
            f.put("capturedAt", time(item.capturedAt()));
            f.put("source", shown(item.source(), Masking::text));
            f.put("originalName", shown(item.originalName(), Masking::text));
            f.put("note", item.note());
            f.put("evidenceId", item.id().toString());
        }
        return JSON.writeValueAsString(root);
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.atZone(SHANGHAI).toOffsetDateTime().toString();
    }
}

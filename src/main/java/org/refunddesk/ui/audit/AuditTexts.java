package org.refunddesk.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.refunddesk.domain.EventType;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.AuditEntry;

/**
 * One audit line in words: when (Asia/Shanghai, to the second), who (the helper's login name) and what was done —
 * never the store's column or action names: changed columns are named by the part of the case they belong to.
 */
final class AuditTexts {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Messages m;

    AuditTexts(Messages m) {
        this.m = m;
    }

    String when(AuditEntry e) {
        return e.at() == null ? "" : WHEN.format(e.at().atZone(SHANGHAI));
    }

    String who(AuditEntry e) {
        return e.who() == null || e.who().isBlank() ? m.get("audit.who.unknown") : e.who();
    }

    String what(AuditEntry e) {
        String action = e.action() == null ? "" : e.action();
        return switch (action) {
            case "CASE_CREATED" -> m.get("audit.action.created");
            case "CASE_DELETED" -> m.get("audit.action.deleted");
            case "CASE_UPDATED" -> noFields(e.what()) ? m.get("audit.action.updated.nothing")
                    : m.get("audit.action.updated", fields(e.what()));
            case "EVENT_ADDED" -> m.get("audit.action.event", eventName(e.what()));
            case "EVIDENCE_ADDED" -> m.get("audit.action.evidenceAdded", fingerprint(e.what()));
            case "EVIDENCE_CHANGED" -> m.get("audit.action.evidenceChanged", fingerprint(e.what()));
            case "EVIDENCE_REMOVED" -> m.get("audit.action.evidenceRemoved", fingerprint(e.what()));
            case "EVIDENCE_PURGED" -> m.get("audit.action.evidencePurged", fingerprint(e.what()));
            default -> m.get("audit.action.other");
        };
    }

    /** True when a list of changed columns names no part of the case (empty, or only its version and time). */
    static boolean noFields(String columns) {
        if (columns == null) {
            return true;
        }
        for (String column : columns.split(",")) {
            String c = column.trim().toLowerCase(Locale.ROOT);
            if (!c.isEmpty() && !c.equals("updated_at") && !c.equals("version")) {
                return false;
            }
        }
        return true;
    }

    /** The parts of the case a list of changed columns belongs to, each named once, in the order first met. */
    String fields(String columns) {
        Set<String> parts = new LinkedHashSet<>();
        for (String column : columns.split(",")) {
            String c = column.trim().toLowerCase(Locale.ROOT);
            if (!c.isEmpty() && !c.equals("updated_at") && !c.equals("version")) {
                parts.add(m.get("audit.field." + part(c)));
            }
        }
        return String.join(m.get("audit.field.separator"), new ArrayList<>(parts));
    }

    private static String part(String column) {
        if (column.equals("title")) {
            return "title";
        }
        if (column.equals("status")) {
            return "status";
        }
        if (column.equals("assignee")) {
            return "assignee";
        }
        if (column.startsWith("consent_") || column.equals("consumer_is_user")) {
            return "consent";
        }
        if (column.startsWith("consumer_")) {
            return "consumer";
        }
        if (column.startsWith("platform_")) {
            return "platform";
        }
        if (column.startsWith("assessment_") || column.equals("has_assessment")) {
            return "assessment";
        }
        if (column.equals("red_flags")) {
            return "redFlags";
        }
        if (List.of("has_purchase", "order_no", "product", "delivery", "amount", "paid_at", "payment", "payment_ref",
                "target_account", "advertised_validity", "fee_disclosed").contains(column)) {
            return "purchase";
        }
        if (List.of("has_problem", "problem_kind", "discovered_at", "card_key_extracted", "used", "activated",
                "reordered", "refund_window_hours").contains(column)) {
            return "problem";
        }
        return "other";
    }

    private String eventName(String type) {
        if (type == null) {
            return m.get("audit.action.other");
        }
        try {
            return m.of(EventType.valueOf(type));
        } catch (IllegalArgumentException unknown) {
            return m.get("audit.action.other");
        }
    }

    /** The file's SHA-256, as the evidence bundle's index lists it (checkable with sha256sum). */
    private static String fingerprint(String sha256) {
        return sha256 == null ? "" : sha256;
    }
}

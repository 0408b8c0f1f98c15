package org.refunddesk.rules.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.Reason;

/**
 * Warns when a new complaint contradicts one already filed (DOMAIN.md §5: keep complaint texts
 * consistent across channels): the order number, amount or dates in its facts differ from those in
 * the text stored on an earlier COMPLAINT_FILED or DEMAND_SENT event.
 */
public final class ConsistencyChecker {
    private final Map<FactFingerprint.Field, Pattern> patterns;

    public ConsistencyChecker(LetterResources resources) {
        this.patterns = FactFingerprint.patterns(resources);
    }

    /** One contradiction: the earlier filing, the field, and both values. */
    public record Conflict(CaseEvent earlier, FactFingerprint.Field field, String earlierValue, String newValue) {
        public Reason reason() {
            return Reason.of("escalation.consistency." + field, earlier.channel(), earlier.at(), earlierValue, newValue);
        }
    }

    public List<Conflict> check(RefundCase c, String newText) {
        Map<FactFingerprint.Field, String> now = FactFingerprint.of(newText, patterns).values();
        List<Conflict> conflicts = new ArrayList<>();
        for (CaseEvent e : c.effectiveEvents()) {
            if ((e.type() != EventType.COMPLAINT_FILED && e.type() != EventType.DEMAND_SENT) || e.text() == null) {
                continue;
            }
            Map<FactFingerprint.Field, String> before = FactFingerprint.of(e.text(), patterns).values();
            before.forEach((field, value) -> {
                String current = now.get(field);
                if (current != null && !current.equals(value)) {
                    conflicts.add(new Conflict(e, field, value, current));
                }
            });
        }
        return conflicts;
    }
}

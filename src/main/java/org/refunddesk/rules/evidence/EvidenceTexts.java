package org.refunddesk.rules.evidence;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.rules.i18n.Messages;

/** The user-visible words for evidence: category and fact names, gap lines, checklist labels. */
public final class EvidenceTexts {
    private final Messages messages;
    private final EvidenceChecklist checklist;

    public EvidenceTexts(Messages messages, EvidenceChecklist checklist) {
        this.messages = messages;
        this.checklist = checklist;
    }

    public Messages messages() {
        return messages;
    }

    public String category(EvidenceCategory category) {
        return messages.get("evidence.category." + category.name());
    }

    public String fact(EvidenceFact fact) {
        return messages.get("evidence.fact." + fact.name());
    }

    public String level(ChecklistLevel level) {
        return messages.get("evidence.level." + level.name());
    }

    /** The checklist item's label, or the id when the checklist no longer has that item. */
    public String itemLabel(String checklistItemId) {
        return checklist.item(checklistItemId).map(i -> i.label().in(messages.english())).orElse(checklistItemId);
    }

    /** One line saying what is missing and, for checklist items, why it matters. */
    public String gap(Gap gap, GapReport report) {
        String key = "evidence.gap." + gap.kind().name();
        return switch (gap.kind()) {
            case MISSING_REQUIRED, MISSING_RECOMMENDED -> messages.get(key, itemLabel(gap.checklistItemId()),
                    whyFor(gap.checklistItemId(), report));
            case NOTHING_TICKED -> messages.get(key, gap.detail());
            default -> messages.get(key);
        };
    }

    private String whyFor(String checklistItemId, GapReport report) {
        return report.coverage().entries().stream().filter(e -> e.id().equals(checklistItemId)).findFirst()
                .map(e -> e.why().in(messages.english())).orElse("");
    }
}

package org.refunddesk.rules.evidence;

import org.refunddesk.domain.ProblemKind;
import org.refunddesk.rules.LocalizedText;

/** A checklist item as it applies to one problem kind: its level and its reason. */
public record ChecklistEntry(ChecklistItem item, ChecklistLevel level, LocalizedText why) {
    public static ChecklistEntry of(ChecklistItem item, ChecklistLevel level, ProblemKind kind) {
        return new ChecklistEntry(item, level, item.whyFor(kind));
    }

    public String id() {
        return item.id();
    }

    public boolean required() {
        return level == ChecklistLevel.REQUIRED;
    }
}

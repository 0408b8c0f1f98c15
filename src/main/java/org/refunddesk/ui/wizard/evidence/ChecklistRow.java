package org.refunddesk.ui.wizard.evidence;

import java.util.List;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.rules.evidence.ChecklistEntry;

/** One line of the wizard's checklist: the item, its level and reason, and the files attached to it. */
public record ChecklistRow(ChecklistEntry entry, String label, String level, String why, List<EvidenceItem> files) {
    public ChecklistRow {
        files = List.copyOf(files);
    }

    public String id() {
        return entry.id();
    }

    public boolean covered() {
        return !files.isEmpty();
    }
}

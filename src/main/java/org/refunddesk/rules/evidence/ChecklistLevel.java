package org.refunddesk.rules.evidence;

/** How much a checklist item matters for a problem kind. */
public enum ChecklistLevel {
    REQUIRED, RECOMMENDED
}

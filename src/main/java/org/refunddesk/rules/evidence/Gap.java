package org.refunddesk.rules.evidence;

/**
 * One thing the chain lacks. {@code checklistItemId} for missing items; {@code detail} is what the
 * text needs besides (a file's original name for {@link GapKind#NOTHING_TICKED}), else null.
 */
public record Gap(GapKind kind, String checklistItemId, String detail) {
    public static Gap of(GapKind kind) {
        return new Gap(kind, null, null);
    }

    public static Gap missing(ChecklistEntry entry) {
        return new Gap(entry.required() ? GapKind.MISSING_REQUIRED : GapKind.MISSING_RECOMMENDED, entry.id(), null);
    }
}

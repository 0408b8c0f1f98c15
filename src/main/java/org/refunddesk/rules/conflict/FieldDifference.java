package org.refunddesk.rules.conflict;

/** One field whose value differs between my edit and the stored case; {@code base} is null when unknown. */
public record FieldDifference(ConflictField field, Object base, Object mine, Object theirs, ChangedBy changedBy) {

    /** The side a merge takes unless the person chooses: the side that changed it; mine when both or unknown. */
    public FieldChoice suggested() {
        return changedBy == ChangedBy.THEIRS ? FieldChoice.TAKE_THEIRS : FieldChoice.KEEP_MINE;
    }

    public boolean mineChanged() {
        return changedBy == ChangedBy.MINE || changedBy == ChangedBy.BOTH;
    }

    public boolean theirsChanged() {
        return changedBy == ChangedBy.THEIRS || changedBy == ChangedBy.BOTH;
    }
}

package org.refunddesk.ui.team;

import org.refunddesk.domain.RefundCase;

/**
 * What the person decided about a conflicting save: the case to save on top of the stored version. Cancelling
 * the dialog gives no resolution: both versions stay as they are (mine unsaved or still queued).
 */
public record ConflictResolution(How how, RefundCase resolved) {
    public enum How {
        /** Every field as I edited it. */
        KEPT_MINE,
        /** Every field as stored; my field edits dropped (my new events are kept). */
        TOOK_THEIRS,
        /** Field by field as chosen. */
        MERGED
    }
}

package org.refunddesk.ui.team;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.StoreException;

/**
 * The person closed the conflict dialog without deciding: nothing was saved, the stored version is unchanged, and
 * {@link #unsaved()} is their edit (the case editor opens again with it, so it is not lost).
 */
public final class UnresolvedConflictException extends StoreException {
    private final transient RefundCase unsaved;

    public UnresolvedConflictException(String message, RefundCase unsaved) {
        super(message);
        this.unsaved = unsaved;
    }

    /** The edit that was not saved. */
    public RefundCase unsaved() {
        return unsaved;
    }
}

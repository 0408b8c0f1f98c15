package org.refunddesk.store;

import org.refunddesk.domain.EvidenceItem;

/** A vault file that no longer matches what was recorded when it was added. */
public record EvidenceProblem(EvidenceItem item, Kind kind) {
    public enum Kind {
        /** The content's SHA-256 differs from the recorded one. */
        CHANGED,
        /** The file is no longer in the vault folder. */
        MISSING
    }
}

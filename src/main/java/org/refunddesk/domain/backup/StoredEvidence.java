package org.refunddesk.domain.backup;

import java.time.Instant;

import org.refunddesk.domain.EvidenceItem;

/** One evidence row as a full backup carries it: the item and, when it sits in the evidence trash, since when. */
public record StoredEvidence(EvidenceItem item, Instant trashedAt) {
    public boolean trashed() {
        return trashedAt != null;
    }

    /** Where its file goes inside a backup: {@code evidence/<case>/<name>} or {@code evidence-trash/<case>/<name>}. */
    public String archivePath() {
        return (trashed() ? "evidence-trash/" : "evidence/") + item.caseId() + "/" + item.storedName();
    }
}

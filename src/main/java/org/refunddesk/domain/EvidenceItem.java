package org.refunddesk.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One file in a case's evidence vault. {@code storedName} is the vault's own safe file name;
 * {@code originalName} what the user's file was called. {@code checklistItemId} names the checklist
 * item the file was attached to (null when attached by category only). {@code capturedAt} (when the
 * screenshot or recording was made) and {@code source} (e.g. 支付宝账单, the Alipay statement) are optional.
 */
public record EvidenceItem(UUID id, UUID caseId, EvidenceCategory category, String checklistItemId,
                           String storedName, String originalName, String mediaType, long size, String sha256,
                           Instant addedAt, Instant capturedAt, String source, Set<EvidenceFact> facts,
                           String note) {
    public EvidenceItem {
        id = id == null ? UUID.randomUUID() : id;
        // an EnumSet keeps the facts in declaration order, so lists and manifests read the same every time
        facts = Collections.unmodifiableSet(facts == null || facts.isEmpty()
                ? EnumSet.noneOf(EvidenceFact.class) : EnumSet.copyOf(facts));
    }

    public boolean shows(EvidenceFact fact) {
        return facts.contains(fact);
    }

    /** A copy describing the file differently; the file itself (name, size, hash) never changes. */
    public EvidenceItem withDescription(EvidenceCategory newCategory, String newChecklistItemId,
                                        Set<EvidenceFact> newFacts, String newNote) {
        return new EvidenceItem(id, caseId, newCategory, newChecklistItemId, storedName, originalName, mediaType,
                size, sha256, addedAt, capturedAt, source, newFacts, newNote);
    }
}

package org.refunddesk.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;

/**
 * A request to add a file to a case's evidence. {@code checklistItemId}, {@code capturedAt},
 * {@code source}, {@code note} are optional. {@code largeConfirmed}: the user agreed to keep a file
 * above {@link EvidenceVault#LARGE_FILE_BYTES}.
 */
public record EvidenceAttachment(UUID caseId, Path file, EvidenceCategory category, String checklistItemId,
                                 Instant capturedAt, String source, Set<EvidenceFact> facts, String note,
                                 boolean largeConfirmed) {
    public EvidenceAttachment {
        facts = facts == null ? Set.of() : Set.copyOf(facts);
    }

    public static EvidenceAttachment of(UUID caseId, Path file, EvidenceCategory category) {
        return new EvidenceAttachment(caseId, file, category, null, null, null, Set.of(), null, false);
    }

    public EvidenceAttachment toChecklistItem(String itemId) {
        return new EvidenceAttachment(caseId, file, category, itemId, capturedAt, source, facts, note, largeConfirmed);
    }

    public EvidenceAttachment confirmingLarge() {
        return new EvidenceAttachment(caseId, file, category, checklistItemId, capturedAt, source, facts, note, true);
    }
}

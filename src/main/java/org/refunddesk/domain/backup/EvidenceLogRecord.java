package org.refunddesk.domain.backup;

import java.time.Instant;
import java.util.UUID;

/** One line of the evidence log (added/removed/restored/purged) as a full backup carries it. */
public record EvidenceLogRecord(UUID evidenceId, UUID caseId, String action, Instant at, String reason,
                                String originalName, String sha256) {
}

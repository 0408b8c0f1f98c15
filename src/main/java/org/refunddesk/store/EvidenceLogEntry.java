package org.refunddesk.store;

import java.time.Instant;
import java.util.UUID;

/** One line of the append-only evidence log: what happened to which file, when, and why. */
public record EvidenceLogEntry(long seq, UUID evidenceId, UUID caseId, Action action, Instant at, String reason,
                               String originalName, String sha256) {
    public enum Action {
        REMOVED, RESTORED, PURGED
    }
}

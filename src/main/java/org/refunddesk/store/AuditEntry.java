package org.refunddesk.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a case's audit trail (team mode): who (the login role), what ({@code CASE_CREATED}, {@code CASE_UPDATED}
 * with the changed columns, {@code EVENT_ADDED} with the event type, {@code EVIDENCE_ADDED} with the file's SHA-256,
 * ...), the case version after it, and when (the server's clock).
 */
public record AuditEntry(long seq, UUID caseId, String who, String action, String what, Long version, Instant at) {
}

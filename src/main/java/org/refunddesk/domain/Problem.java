package org.refunddesk.domain;

import java.time.Instant;

/**
 * What went wrong and the use state of what was bought. {@code refundWindowHours} overrides the
 * platform window the rule book would assume; null when the platform's terms are unknown.
 */
public record Problem(ProblemKind kind, Instant discoveredAt, boolean cardKeyExtracted, boolean used,
                      boolean activated, boolean reordered, Integer refundWindowHours) {
}

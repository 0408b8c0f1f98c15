package org.refunddesk.domain;

import java.time.Instant;

/**
 * What went wrong and the use state of what was bought. {@code refundWindowHours} overrides the
 * platform window the rule book would assume; null when the platform's terms are unknown.
 * {@code feeDisclosed} (for a fee deducted from a refund): whether the fee was disclosed and agreed
 * before payment; null when not known.
 */
public record Problem(ProblemKind kind, Instant discoveredAt, boolean cardKeyExtracted, boolean used,
                      boolean activated, boolean reordered, Integer refundWindowHours, Boolean feeDisclosed) {

    /** Without the fee answer (unknown), as before issue 11. */
    public Problem(ProblemKind kind, Instant discoveredAt, boolean cardKeyExtracted, boolean used,
                   boolean activated, boolean reordered, Integer refundWindowHours) {
        this(kind, discoveredAt, cardKeyExtracted, used, activated, reordered, refundWindowHours, null);
    }

    public Problem withFeeDisclosed(Boolean disclosed) {
        return new Problem(kind, discoveredAt, cardKeyExtracted, used, activated, reordered, refundWindowHours, disclosed);
    }
}

package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the checks need beside the case: "now", the province's previous-year average annual wage the
 * user typed in (null when not given), and the evidence vault's gaps (null when no gap report exists).
 */
public record CheckInput(Instant now, BigDecimal provinceAverageWage, List<String> evidenceGaps) {
    public CheckInput {
        evidenceGaps = evidenceGaps == null ? null : List.copyOf(evidenceGaps);
    }

    public static CheckInput at(Instant now) {
        return new CheckInput(now, null, null);
    }
}

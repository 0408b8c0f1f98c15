package org.refunddesk.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures behind claims: the CRPL art. 55 punitive claim, the court fee brackets of the fee rules
 * art. 13 and the art. 16 reduction for the simple procedure, the small-amount warning, and the
 * fraud "relatively large" range.
 */
public record ClaimFigures(BigDecimal punitiveMultiplier, BigDecimal punitiveMinimum, BigDecimal smallAmount,
                           List<FeeBracket> feeBrackets, BigDecimal simpleProcedureFactor, BigDecimal fraudLow,
                           BigDecimal fraudHigh) {
    public ClaimFigures {
        feeBrackets = List.copyOf(feeBrackets);
    }

    /** Up to {@code upTo}: a flat fee ({@code flat}) or {@code rate} times the part above the previous bracket. */
    public record FeeBracket(BigDecimal upTo, BigDecimal flat, BigDecimal rate) {
    }
}

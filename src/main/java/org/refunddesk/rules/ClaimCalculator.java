package org.refunddesk.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.refunddesk.domain.Money;

/** The money figures of a claim, from the rule book's {@link ClaimFigures}. */
public final class ClaimCalculator {
    private ClaimCalculator() {
    }

    /** CRPL art. 55: the multiplier times the price paid, at least the minimum. */
    public static BigDecimal punitive(BigDecimal amount, ClaimFigures figures) {
        BigDecimal times = Money.of(amount.multiply(figures.punitiveMultiplier()).setScale(2, RoundingMode.HALF_UP));
        return times.max(Money.of(figures.punitiveMinimum()));
    }

    /**
     * Court fee rules art. 13 (a flat fee up to the first bracket, then a rate on each further part;
     * beyond the last bracket the last rate goes on) and art. 16 (the simple procedure pays a share).
     */
    public static BigDecimal smallClaimsCourtFee(BigDecimal claim, ClaimFigures figures) {
        BigDecimal fee = figures.feeBrackets().get(0).flat();
        BigDecimal lower = figures.feeBrackets().get(0).upTo();
        BigDecimal lastRate = BigDecimal.ZERO;
        for (ClaimFigures.FeeBracket b : figures.feeBrackets().subList(1, figures.feeBrackets().size())) {
            if (claim.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal part = claim.min(b.upTo()).subtract(lower);
            fee = fee.add(b.flat() != null ? b.flat() : part.multiply(b.rate()));
            lastRate = b.rate() != null ? b.rate() : BigDecimal.ZERO;
            lower = b.upTo();
        }
        if (claim.compareTo(lower) > 0) {
            fee = fee.add(claim.subtract(lower).multiply(lastRate));
        }
        return fee.multiply(figures.simpleProcedureFactor()).setScale(2, RoundingMode.HALF_UP);
    }
}

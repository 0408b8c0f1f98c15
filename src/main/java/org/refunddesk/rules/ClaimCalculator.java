package org.refunddesk.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.refunddesk.domain.Money;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RefundCase;

/** The money figures of a claim, from the rule book's {@link ClaimFigures}. */
public final class ClaimCalculator {
    private ClaimCalculator() {
    }

    /**
     * The facts point to fraud (CRPL art. 55) when the advertising was false ("permanent" credit that
     * wasn't), or when a seller of "permanent" credit vanished. Only a pointer: it must still be proven.
     */
    public static boolean pointsToFraud(RefundCase c) {
        ProblemKind kind = c.problem().kind();
        if (kind == ProblemKind.FALSE_ADVERTISING) {
            return true;
        }
        boolean gone = kind == ProblemKind.PLATFORM_GONE
                || (c.platform() != null && c.platform().status() == PlatformStatus.GONE);
        return gone && c.purchase().product() == ProductType.PERMANENT_PHONE_CREDIT;
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

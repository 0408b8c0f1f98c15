package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;

/**
 * Interim claims until the rule engine's assessment is wired in: the refund still owed, the
 * punitive claim of CRPL art. 55 for false advertising (3x, at least 500 yuan), and the court fee
 * of the Court fee rules art. 13 (50 yuan up to 10,000; 2.5% of the part up to 100,000; 2% up to
 * 200,000), halved for the simple procedure small claims use (art. 16).
 */
public final class StatutoryClaims implements ClaimsSource {
    private static final BigDecimal PUNITIVE_MINIMUM = Money.of("500.00");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    private static final BigDecimal HUNDRED_THOUSAND = new BigDecimal("100000");

    @Override
    public Claims claims(RefundCase c) {
        BigDecimal price = c.purchase() == null || c.purchase().amount() == null ? Money.ZERO : c.purchase().amount();
        BigDecimal received = Money.ZERO;
        for (CaseEvent e : c.effectiveEvents()) {
            if (e.type() == EventType.REFUND_RECEIVED) {
                received = received.add(e.amount() == null ? price : e.amount());
            }
        }
        BigDecimal refund = price.subtract(received).max(Money.ZERO);
        BigDecimal punitive = null;
        if (c.problem() != null && c.problem().kind() == ProblemKind.FALSE_ADVERTISING) {
            punitive = price.multiply(BigDecimal.valueOf(3)).max(PUNITIVE_MINIMUM);
        }
        BigDecimal total = punitive == null ? refund : refund.add(punitive);
        return new Claims(Money.of(refund), Money.of(punitive), Money.of(total), smallClaimsFee(total));
    }

    /** Property-case fee of art. 13, halved (art. 16). */
    static BigDecimal smallClaimsFee(BigDecimal claim) {
        BigDecimal fee = new BigDecimal("50");
        if (claim.compareTo(TEN_THOUSAND) > 0) {
            BigDecimal band = claim.min(HUNDRED_THOUSAND).subtract(TEN_THOUSAND);
            fee = fee.add(band.multiply(new BigDecimal("0.025")));
        }
        if (claim.compareTo(HUNDRED_THOUSAND) > 0) {
            fee = fee.add(claim.min(new BigDecimal("200000")).subtract(HUNDRED_THOUSAND).multiply(new BigDecimal("0.02")));
        }
        return fee.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }
}

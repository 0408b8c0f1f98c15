package org.refunddesk.rules.escalation;

import java.math.BigDecimal;

import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.ClaimCalculator;
import org.refunddesk.rules.ClaimFigures;
import org.refunddesk.rules.Refunds;

/**
 * A case's claims on the rule book's figures: the refund still owed (refunds received add up; one
 * without an amount is the full price), the conditional CRPL art. 55 punitive figure where the facts point to
 * fraud (as in the eligibility assessment), and the
 * small-claims court fee of that total (the rule engine's {@link ClaimCalculator}).
 */
public final class RuleBookClaims implements ClaimsSource {
    private final ClaimFigures figures;

    public RuleBookClaims(ClaimFigures figures) {
        this.figures = figures;
    }

    @Override
    public Claims claims(RefundCase c) {
        BigDecimal price = c.purchase() == null || c.purchase().amount() == null ? Money.ZERO : c.purchase().amount();
        BigDecimal received = Refunds.received(c.effectiveEvents(), price).min(price);
        BigDecimal refund = price.subtract(received).max(Money.ZERO);
        // the same facts as the eligibility assessment's conditional CRPL art. 55 claim (false advertising, or a
        // vanished seller of "permanent" credit), so a letter never demands what the assessment does not offer
        BigDecimal punitive = c.problem() != null && c.purchase() != null && ClaimCalculator.pointsToFraud(c)
                ? ClaimCalculator.punitive(price, figures) : null;
        BigDecimal total = punitive == null ? refund : refund.add(punitive);
        return new Claims(Money.of(refund), punitive, Money.of(total), ClaimCalculator.smallClaimsCourtFee(total, figures));
    }

    @Override
    public BigDecimal fraudFloor() {
        return figures.fraudLow();
    }
}

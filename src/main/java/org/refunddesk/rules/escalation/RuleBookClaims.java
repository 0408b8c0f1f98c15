package org.refunddesk.rules.escalation;

import java.math.BigDecimal;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.ClaimCalculator;
import org.refunddesk.rules.ClaimFigures;

/**
 * A case's claims on the rule book's figures: the refund still owed (refunds received add up; one
 * without an amount is the full price), the CRPL art. 55 punitive claim for false advertising, and the
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
        BigDecimal received = Money.ZERO;
        for (CaseEvent e : c.effectiveEvents()) {
            if (e.type() == EventType.REFUND_RECEIVED) {
                received = received.add(e.amount() == null ? price : e.amount());
            }
        }
        BigDecimal refund = price.subtract(received).max(Money.ZERO);
        BigDecimal punitive = c.problem() != null && c.problem().kind() == ProblemKind.FALSE_ADVERTISING
                ? ClaimCalculator.punitive(price, figures) : null;
        BigDecimal total = punitive == null ? refund : refund.add(punitive);
        return new Claims(Money.of(refund), punitive, Money.of(total), ClaimCalculator.smallClaimsCourtFee(total, figures));
    }

    @Override
    public BigDecimal fraudFloor() {
        return figures.fraudLow();
    }
}

package org.refunddesk.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;

/**
 * The money side of an assessment (issue 11 §3): what is still owed after partial refunds, whether the
 * facts point to fraud (so a conditional CRPL art. 55 figure), and the court fee on what is actually
 * claimed. Pure figures; the words come from the rule book.
 */
final class ClaimsBuilder {
    final BigDecimal price;
    final BigDecimal received;
    final BigDecimal outstanding;
    /** CRPL art. 55 figure, or null when the facts don't point to fraud. */
    final BigDecimal punitive;
    /** What would be claimed in court: the outstanding amount, plus the punitive figure when there is one. */
    final BigDecimal claimed;
    final BigDecimal courtFee;

    ClaimsBuilder(RefundCase c, Instant now, ClaimFigures figures) {
        price = c.purchase().amount();
        List<CaseEvent> happened = c.effectiveEvents().stream().filter(e -> e.at() != null && !e.at().isAfter(now)).toList();
        received = Refunds.received(happened, price).min(price);
        outstanding = price.subtract(received).max(Money.ZERO);
        punitive = ClaimCalculator.pointsToFraud(c) ? ClaimCalculator.punitive(price, figures) : null;
        claimed = punitive == null ? outstanding : outstanding.add(punitive);
        courtFee = ClaimCalculator.smallClaimsCourtFee(claimed, figures);
    }

    boolean partlyRefunded() {
        return received.signum() > 0 && outstanding.signum() > 0;
    }
}

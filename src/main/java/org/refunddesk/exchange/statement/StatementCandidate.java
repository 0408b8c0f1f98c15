package org.refunddesk.exchange.statement;

import java.math.BigDecimal;
import java.util.List;

import org.refunddesk.domain.Money;

/**
 * A payment of the bill with the refunds found for it and how much it looks like a virtual-goods purchase:
 * {@code confidence} 0-100 and the words that made it so ({@code reasons}: a known platform's name or a
 * goods word). {@code likely}: listed by default, and what the command line imports without --rows.
 */
public record StatementCandidate(StatementRow payment, List<RefundFound> refunds, int confidence,
                                 List<String> reasons, boolean likely) {
    public StatementCandidate {
        refunds = List.copyOf(refunds);
        reasons = List.copyOf(reasons);
    }

    public BigDecimal refunded() {
        BigDecimal sum = Money.ZERO;
        for (RefundFound r : refunds) {
            sum = sum.add(r.amount());
        }
        return sum;
    }

    public boolean fullyRefunded() {
        return !refunds.isEmpty() && refunded().compareTo(payment.amount()) >= 0;
    }
}

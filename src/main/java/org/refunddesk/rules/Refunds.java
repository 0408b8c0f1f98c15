package org.refunddesk.rules;

import java.math.BigDecimal;
import java.util.List;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;

/** Refunds received add up; a REFUND_RECEIVED without an amount counts as the full amount (issue 3). */
public final class Refunds {
    private Refunds() {
    }

    static BigDecimal amountOf(CaseEvent received, BigDecimal purchaseAmount) {
        if (received.amount() != null) {
            return received.amount();
        }
        return purchaseAmount == null ? Money.ZERO : purchaseAmount;
    }

    public static BigDecimal received(List<CaseEvent> events, BigDecimal purchaseAmount) {
        BigDecimal sum = Money.ZERO;
        for (CaseEvent e : events) {
            if (e.type() == EventType.REFUND_RECEIVED) {
                sum = sum.add(amountOf(e, purchaseAmount));
            }
        }
        return sum;
    }
}

package org.refunddesk.rules.escalation;

import java.math.BigDecimal;

/**
 * The money a letter asks for: the refund still owed, the punitive claim (null when it does not apply),
 * their sum, and the small-claims court fee estimate for that sum.
 */
public record Claims(BigDecimal refund, BigDecimal punitive, BigDecimal total, BigDecimal courtFee) {
}

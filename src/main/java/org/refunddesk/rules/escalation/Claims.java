package org.refunddesk.rules.escalation;

import java.math.BigDecimal;

/**
 * The money a letter asks for: the refund still owed, the punitive claim (null when it does not apply),
 * their sum, the small-claims court fee estimate for that sum, and whether the eligibility assessment
 * gives the CRPL art. 53 line (interest and reasonable costs on a prepayment not performed).
 */
public record Claims(BigDecimal refund, BigDecimal punitive, BigDecimal total, BigDecimal courtFee, boolean interest) {

    /** Without the interest line. */
    public Claims(BigDecimal refund, BigDecimal punitive, BigDecimal total, BigDecimal courtFee) {
        this(refund, punitive, total, courtFee, false);
    }
}

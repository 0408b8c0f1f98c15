package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.time.Instant;

import org.refunddesk.domain.RefundCase;

/** A case's claims and the fraud threshold, on the rule book's figures ({@link RuleBookClaims}). */
public interface ClaimsSource {
    Claims claims(RefundCase refundCase);

    /** The claims as the case stands at a moment (the interest line follows the assessment then). */
    default Claims claims(RefundCase refundCase, Instant now) {
        return claims(refundCase);
    }

    /** The lowest "relatively large" fraud figure any province uses (SPC/SPP fraud interpretation art. 1). */
    BigDecimal fraudFloor();
}

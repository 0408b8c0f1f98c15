package org.refunddesk.rules.escalation;

import org.refunddesk.domain.RefundCase;

/** Computes a case's claims; the rule engine's eligibility assessment answers this once it is wired in. */
@FunctionalInterface
public interface ClaimsSource {
    Claims claims(RefundCase refundCase);
}

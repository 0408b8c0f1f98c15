package org.refunddesk.rules.escalation;

import java.time.Instant;
import java.util.Set;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.RefundCase;

/**
 * The channels the eligibility assessment still counts as open for a case (its {@code routes}), so the
 * ladder never proposes a step {@code assess} has closed. Null: no assessment (the case is incomplete).
 */
@FunctionalInterface
public interface OpenRoutes {
    OpenRoutes UNKNOWN = (c, now) -> null;

    Set<Channel> open(RefundCase refundCase, Instant now);
}

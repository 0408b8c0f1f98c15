package org.refunddesk.rules.escalation;

import java.time.Instant;
import java.util.List;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;

/** The rule engine's deadlines of a case at "now" (its DeadlinePlanner); the ladder reads the answer clocks from it. */
@FunctionalInterface
public interface DeadlineSource {
    DeadlineSource NONE = (c, now) -> List.of();

    List<Deadline> deadlines(RefundCase refundCase, Instant now);
}

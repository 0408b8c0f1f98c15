package org.refunddesk.ui.timeline;

import java.time.Instant;
import java.util.List;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;

/** The rule engine's deadline planning as the timeline needs it; runs on a worker thread. */
@FunctionalInterface
public interface CasePlanner {
    List<Deadline> plan(RefundCase refundCase, Instant now);
}

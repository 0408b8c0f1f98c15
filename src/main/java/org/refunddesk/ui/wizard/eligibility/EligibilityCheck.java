package org.refunddesk.ui.wizard.eligibility;

import java.time.Instant;

import org.refunddesk.domain.RefundCase;

/** The rule engine as the wizard needs it: assess a candidate case at "now" and put the result in words. */
@FunctionalInterface
public interface EligibilityCheck {
    /** Runs on a worker thread. */
    ResultSummary check(RefundCase candidate, Instant now);
}

package org.refunddesk.ui;

import java.time.Instant;
import java.util.Optional;

import org.refunddesk.domain.RefundCase;

/**
 * The rule engine as the UI sees it: a verdict and the next deadline per case. Called on a worker
 * thread (never the FX thread), so it may be slow. The app wires the real rules in; {@link #NONE}
 * leaves the columns empty.
 */
public interface CaseInsights {

    CaseInsight insightFor(RefundCase refundCase, Instant now);

    /** Every deadline of the case at {@code now} (the caseload dashboard and exports); none by default. */
    default java.util.List<org.refunddesk.domain.Deadline> deadlinesFor(RefundCase refundCase, Instant now) {
        return java.util.List.of();
    }

    /** The version of the rule book behind the insights, shown in Help → About; empty when none is loaded. */
    default Optional<String> ruleBookVersion() {
        return Optional.empty();
    }

    CaseInsights NONE = (refundCase, now) -> CaseInsight.NONE;
}

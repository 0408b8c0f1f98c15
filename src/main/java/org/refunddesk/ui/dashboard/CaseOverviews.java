package org.refunddesk.ui.dashboard;

import java.time.Instant;
import java.util.List;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.ui.CaseInsights;

/** A case with the rule engine's verdict and deadlines at "now" (no evidence score until the vault exists). */
final class CaseOverviews {
    private CaseOverviews() {
    }

    static CaseOverview of(RefundCase c, Instant now, CaseInsights insights) {
        return new CaseOverview(c, insights.insightFor(c, now).verdict(), insights.deadlinesFor(c, now), null, List.of());
    }
}

package org.refunddesk.ui.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.CaseEvidenceScores;
import org.refunddesk.ui.CaseInsights;

/**
 * A case with the rule engine's verdict and deadlines at "now" and, when the app has an evidence vault,
 * its evidence files and completeness score. Both read stores: call {@link #at} off the FX thread.
 */
public final class CaseOverviews {
    private final CaseInsights insights;
    private final CaseEvidenceScores evidence;

    /** @param evidence null: no vault, cases get no evidence score */
    public CaseOverviews(CaseInsights insights, CaseEvidenceScores evidence) {
        this.insights = insights;
        this.evidence = evidence;
    }

    /** Reads the vault once and gives the function that builds each case's overview at {@code now}. */
    public Function<RefundCase, CaseOverview> at(Instant now) {
        CaseEvidenceScores.Snapshot vault = evidence == null ? null : evidence.read();
        return c -> {
            var verdict = insights.insightFor(c, now).verdict();
            var deadlines = insights.deadlinesFor(c, now);
            return vault == null ? new CaseOverview(c, verdict, deadlines, null, List.of())
                    : vault.overview(c, verdict, deadlines);
        };
    }
}

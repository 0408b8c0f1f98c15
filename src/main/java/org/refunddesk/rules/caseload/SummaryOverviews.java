package org.refunddesk.rules.caseload;

import java.util.List;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;

/**
 * Caseload overviews read from stored case summaries instead of whole cases (issue 14): the overview's case is a
 * <em>listed case</em> holding only the summary's columns (no events, no purchase details beyond product, amount and
 * order number). It serves filters, counts, charts and clusters; never store it, load the case by id to change it.
 */
public final class SummaryOverviews {
    private SummaryOverviews() {
    }

    public static CaseOverview overview(CaseSummary s) {
        return new CaseOverview(listedCase(s), s.verdict(), s.deadlines(), s.evidenceScore(), List.of());
    }

    /** The summary's columns as a case without events: what lists and clusters read of a case. */
    public static RefundCase listedCase(CaseSummary s) {
        Platform platform = s.platformName() == null ? null : new Platform(s.platformName(), null, null, null, null);
        Purchase purchase = s.product() == null && s.amount() == null && s.orderNo() == null ? null
                : new Purchase(s.orderNo(), s.product(), null, s.amount(), null, null, null, null, null);
        Problem problem = s.problemKind() == null ? null
                : new Problem(s.problemKind(), null, false, false, false, false, null);
        return new RefundCase(s.id(), s.title(), new Consumer(s.consumerName(), s.consumerPhone(), null), s.assignee(),
                s.tags(), platform, purchase, problem, List.of(), s.status(), List.of(), null, s.createdAt(),
                s.updatedAt());
    }
}

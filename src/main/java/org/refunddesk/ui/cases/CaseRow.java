package org.refunddesk.ui.cases;

import java.util.UUID;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.ui.CaseInsight;

/** One line of the case list: the case and what the rule engine said about it (computed off the FX thread). */
public record CaseRow(RefundCase refundCase, CaseInsight insight) {
    public CaseRow {
        insight = insight == null ? CaseInsight.NONE : insight;
    }

    public UUID id() {
        return refundCase.id();
    }
}

package org.refunddesk.ui.cases;

import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.caseload.SearchKey;
import org.refunddesk.ui.CaseInsight;

/**
 * One line of the case list: the case and what the rule engine said about it (computed off the FX thread),
 * and the case's search key, computed once. A row read from a stored summary holds only the listed fields of
 * the case ({@code complete} false): the whole case is loaded when the row is opened.
 */
public record CaseRow(RefundCase refundCase, CaseInsight insight, String searchKey, boolean complete, String damage) {
    public CaseRow {
        insight = insight == null ? CaseInsight.NONE : insight;
        searchKey = searchKey == null ? SearchKey.forCase(refundCase) : searchKey;
    }

    public CaseRow(RefundCase refundCase, CaseInsight insight, String searchKey, boolean complete) {
        this(refundCase, insight, searchKey, complete, null);
    }

    public CaseRow(RefundCase refundCase, CaseInsight insight) {
        this(refundCase, insight, null, true);
    }

    /**
     * The row of a case whose stored row does not read (issue 15): the title and the other listed fields as last
     * stored, the last known next deadline (a deadline is not hidden because the case was damaged after it was
     * computed), no verdict; {@code problem} says what is wrong (null: not known in this run).
     */
    public static CaseRow damaged(CaseSummary s, String problem) {
        CaseRow listed = of(s);
        return new CaseRow(listed.refundCase(), new CaseInsight(null, s.nextDeadline()), listed.searchKey(), false,
                problem == null ? "" : problem);
    }

    /** A damaged case whose list entry does not read either: only its id and, when readable, its title. */
    public static CaseRow damaged(UUID id, String title, String problem) {
        RefundCase listed = new RefundCase(id, title, null, null, List.of(), null, null, null, List.of(), null,
                List.of(), null, null, null);
        return new CaseRow(listed, CaseInsight.NONE, null, false, problem == null ? "" : problem);
    }

    /** True when the case's stored row does not read: it is listed, but cannot be opened. */
    public boolean damaged() {
        return damage != null;
    }

    /** A row from a stored summary: the listed fields, its verdict and next deadline, its precomputed key. */
    public static CaseRow of(CaseSummary s) {
        Platform platform = s.platformName() == null ? null : new Platform(s.platformName(), null, null, null, null);
        Purchase purchase = s.product() == null && s.amount() == null && s.orderNo() == null ? null
                : new Purchase(s.orderNo(), s.product(), null, s.amount(), null, null, null, null, null);
        RefundCase listed = new RefundCase(s.id(), s.title(), new Consumer(s.consumerName(), s.consumerPhone(), null),
                s.assignee(), s.tags(), platform, purchase, null, List.of(), s.status(), List.of(), null,
                s.createdAt(), s.updatedAt());
        return new CaseRow(listed, new CaseInsight(s.verdict(), s.nextDeadline()), s.searchKey(), false);
    }

    public UUID id() {
        return refundCase.id();
    }
}

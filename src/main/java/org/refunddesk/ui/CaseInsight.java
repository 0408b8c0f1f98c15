package org.refunddesk.ui;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.Verdict;

/**
 * What the rule engine says about one case, for the list's "verdict" and "next deadline" columns.
 * Either part may be null (not assessed yet / nothing due).
 */
public record CaseInsight(Verdict verdict, Deadline nextDeadline, String staleRuleBook) {
    public static final CaseInsight NONE = new CaseInsight(null, null);

    /**
     * {@code staleRuleBook}: the rule-book version of the case's saved assessment when it is older than the
     * one in use (issue 11: shown until the case is re-assessed), else null.
     */
    public CaseInsight(Verdict verdict, Deadline nextDeadline) {
        this(verdict, nextDeadline, null);
    }
}

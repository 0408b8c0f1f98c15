package org.refunddesk.ui;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.Verdict;

/**
 * What the rule engine says about one case, for the list's "verdict" and "next deadline" columns.
 * Either part may be null (not assessed yet / nothing due).
 */
public record CaseInsight(Verdict verdict, Deadline nextDeadline) {
    public static final CaseInsight NONE = new CaseInsight(null, null);
}

package org.refunddesk.ui.wizard.eligibility;

import java.util.List;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.StoredAssessment;

/**
 * What the result page shows, already in words: the one-sentence verdict, red-flag warnings, reasons with
 * their legal basis, routes still open, claims, and the next three deadlines with countdowns. {@code assessed}
 * is the case with its assessment and red flags, ready to save.
 */
public record ResultSummary(String verdictSentence, List<String> redFlagWarnings, List<String> reasons,
                            List<String> routes, List<String> claims, List<DeadlineLine> nextDeadlines,
                            String rulebookVersion, StoredAssessment assessment, RefundCase assessed) {
    public ResultSummary {
        redFlagWarnings = List.copyOf(redFlagWarnings);
        reasons = List.copyOf(reasons);
        routes = List.copyOf(routes);
        claims = List.copyOf(claims);
        nextDeadlines = List.copyOf(nextDeadlines);
    }

    /** One coming deadline: its rule id, its name, when it is due and how long is left. */
    public record DeadlineLine(String rule, String name, String due, String countdown) {
    }
}

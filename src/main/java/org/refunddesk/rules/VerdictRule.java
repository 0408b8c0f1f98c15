package org.refunddesk.rules;

import java.util.List;
import java.util.Set;

import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.Responsible;
import org.refunddesk.domain.Verdict;

/**
 * An eligibility rule: for these problem kinds, when all conditions hold, this verdict and responsible
 * party, with these routes. Rules are tried in rule-book order; the first that fits decides.
 */
public record VerdictRule(String id, Set<ProblemKind> problemKinds, List<Condition> when, Verdict verdict,
                          Responsible responsible, String routes, LocalizedText basis, LocalizedText text) {
    public VerdictRule {
        problemKinds = Set.copyOf(problemKinds);
        when = List.copyOf(when);
    }

    /** Facts about the case a verdict rule can ask for. */
    public enum Condition {
        /** used or activated */
        USED,
        /** not used, not activated, card key not extracted */
        UNUSED,
        /** the platform refund window is open at "now", or a refund was applied for inside it */
        IN_PLATFORM_WINDOW,
        /** the buyer already ordered again */
        REORDERED,
        /** the card key was extracted: delivered (E-commerce Law art. 51), so any claim is about an invalid key */
        KEY_EXTRACTED,
        /** a deducted fee was disclosed and agreed before payment */
        FEE_DISCLOSED,
        /** a deducted fee was not disclosed or agreed before payment */
        FEE_NOT_DISCLOSED
    }
}

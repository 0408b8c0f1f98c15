package org.refunddesk.rules.evidence;

import java.util.function.Predicate;

import org.refunddesk.domain.Problem;

/** The use-state flags of a problem a checklist item can depend on; names are the case-file field names. */
public enum ProblemFlag {
    cardKeyExtracted(Problem::cardKeyExtracted),
    used(Problem::used),
    activated(Problem::activated),
    reordered(Problem::reordered);

    private final Predicate<Problem> flag;

    ProblemFlag(Predicate<Problem> flag) {
        this.flag = flag;
    }

    public boolean of(Problem problem) {
        return flag.test(problem);
    }
}

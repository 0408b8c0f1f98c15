package org.refunddesk.rules.evidence;

import java.util.List;

/**
 * What a case's evidence chain lacks, most important first, and a completeness score 0-100.
 *
 * <p>The score: {@code round(80 × coverage + 20 × corroboration)}. Coverage weighs the checklist
 * for the case's problem kind: a required item counts 3, a recommended one 1, and the covered
 * weight is divided by the total weight. Corroboration is the share of the applicable checks
 * ({@link CorroborationChecker}) that pass. Without any file the score is 0; it is 100 only when
 * every listed item has a file and every check passes.
 */
public record GapReport(List<Gap> gaps, int score, ChecklistCoverage coverage, int checksPassed,
                        int checksApplicable) {
    public GapReport {
        gaps = List.copyOf(gaps);
    }

    public boolean complete() {
        return gaps.stream().noneMatch(g -> g.kind().serious());
    }

    public long requiredMissing() {
        return gaps.stream().filter(g -> g.kind() == GapKind.MISSING_REQUIRED).count();
    }
}

package org.refunddesk.rules.evidence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;

/**
 * Checks a case's evidence against its checklist and against the quality rules of DOMAIN.md §3:
 * pieces must corroborate each other (order number, amount and time visible; the top-up proof shows
 * the bound phone number; a chat shows when the refund was applied for; no single isolated item).
 */
public final class CorroborationChecker {
    private static final Set<EvidenceCategory> PURCHASE_PARTS =
            EnumSet.of(EvidenceCategory.PURCHASE_PROOF, EvidenceCategory.PAYMENT_STATEMENT);

    /** A corroboration check: when it applies to a case, and when a set of files passes it. */
    private record Check(GapKind kind, Predicate<RefundCase> applies, Predicate<List<EvidenceItem>> passes) {
    }

    private static final List<Check> CHECKS = List.of(
            new Check(GapKind.NO_ORDER_NUMBER, c -> true, files -> anyShows(files, null, EvidenceFact.ORDER_NUMBER)),
            new Check(GapKind.ACCOUNT_NOT_SHOWN, CorroborationChecker::isTopUp,
                    files -> anyShows(files, EnumSet.of(EvidenceCategory.PURCHASE_PROOF), EvidenceFact.PHONE_OR_ACCOUNT)),
            new Check(GapKind.NO_PROMISE_WORDING, c -> kind(c) == ProblemKind.FALSE_ADVERTISING,
                    files -> anyShows(files, null, EvidenceFact.PROMISE_WORDING)),
            new Check(GapKind.NO_AMOUNT, c -> true, files -> anyShows(files, PURCHASE_PARTS, EvidenceFact.AMOUNT)),
            new Check(GapKind.NO_PURCHASE_TIME, c -> true, files -> anyShows(files, PURCHASE_PARTS, EvidenceFact.TIME)),
            new Check(GapKind.ISOLATED_EVIDENCE, c -> true,
                    files -> files.stream().map(EvidenceItem::category).distinct().count() >= 2),
            new Check(GapKind.NO_REFUND_APPLICATION_TIME, c -> true, files -> anyShows(files,
                    EnumSet.of(EvidenceCategory.COMMUNICATION), EvidenceFact.REFUND_APPLICATION_TIME)));

    private final EvidenceChecklist checklist;

    public CorroborationChecker(EvidenceChecklist checklist) {
        this.checklist = checklist;
    }

    public GapReport check(RefundCase refundCase, List<EvidenceItem> files) {
        ChecklistCoverage coverage = ChecklistCoverage.of(checklist.forProblem(refundCase.problem()), files);
        List<Gap> gaps = new ArrayList<>();
        coverage.entries().stream().filter(e -> !coverage.covered(e)).forEach(e -> gaps.add(Gap.missing(e)));
        int applicable = 0;
        int passed = 0;
        for (Check check : CHECKS) {
            if (!check.applies().test(refundCase)) {
                continue;
            }
            applicable++;
            if (check.passes().test(files)) {
                passed++;
            } else if (check.kind() != GapKind.ISOLATED_EVIDENCE || !files.isEmpty()) {
                // with no file at all, the missing items already say everything "isolated" would
                gaps.add(Gap.of(check.kind()));
            }
        }
        files.stream().filter(f -> f.facts().isEmpty())
                .forEach(f -> gaps.add(new Gap(GapKind.NOTHING_TICKED, f.checklistItemId(), f.originalName())));
        // stable sort: within a kind, the checklist's own order stays
        gaps.sort((a, b) -> a.kind().compareTo(b.kind()));
        return new GapReport(gaps, score(coverage, passed, applicable, files.isEmpty()), coverage, passed, applicable);
    }

    static int score(ChecklistCoverage coverage, int passed, int applicable, boolean noFiles) {
        if (noFiles) {
            return 0;
        }
        int total = 0;
        int covered = 0;
        for (ChecklistEntry entry : coverage.entries()) {
            int weight = entry.required() ? 3 : 1;
            total += weight;
            covered += coverage.covered(entry) ? weight : 0;
        }
        double coverageShare = total == 0 ? 1.0 : (double) covered / total;
        double checkShare = applicable == 0 ? 1.0 : (double) passed / applicable;
        return (int) Math.round(80 * coverageShare + 20 * checkShare);
    }

    private static boolean anyShows(List<EvidenceItem> files, Set<EvidenceCategory> among, EvidenceFact fact) {
        return files.stream().anyMatch(f -> (among == null || among.contains(f.category())) && f.shows(fact));
    }

    private static boolean isTopUp(RefundCase c) {
        return c.purchase() != null && (c.purchase().delivery() == DeliveryMode.DIRECT_TOPUP
                || c.purchase().targetAccount() != null && !c.purchase().targetAccount().isBlank());
    }

    private static ProblemKind kind(RefundCase c) {
        return c.problem() == null ? null : c.problem().kind();
    }
}

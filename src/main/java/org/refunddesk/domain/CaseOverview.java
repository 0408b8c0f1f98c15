package org.refunddesk.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the caseload views need to know about one case: the case, its current verdict, its computed
 * deadlines and, when the evidence vault exists, its evidence files and completeness score (0-100).
 * A projection assembled by the caller (rules + store + vault), so dashboard, exports and the
 * {@code due} command work on one shape whatever produced it.
 */
public record CaseOverview(RefundCase refundCase, Verdict verdict, List<Deadline> deadlines,
                           Integer evidenceScore, List<EvidenceFile> evidence) {

    private static final Comparator<Deadline> SOONEST =
            Comparator.comparing(Deadline::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));

    /** One file in the evidence vault, as far as an export needs it. */
    public record EvidenceFile(String file, String category, String sha256) {
    }

    public CaseOverview {
        Objects.requireNonNull(refundCase, "refundCase");
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The case with its stored verdict and the given deadlines, without evidence. */
    public static CaseOverview of(RefundCase refundCase, List<Deadline> deadlines) {
        Verdict stored = refundCase.assessment() == null ? null : refundCase.assessment().verdict();
        return new CaseOverview(refundCase, stored, deadlines, null, List.of());
    }

    /** The open deadlines, soonest first. */
    public List<Deadline> openDeadlines() {
        return deadlines.stream().filter(d -> d.state() == DeadlineState.OPEN && d.dueAt() != null)
                .sorted(SOONEST).toList();
    }

    /** The soonest open deadline, or null when nothing is open. */
    public Deadline nextOpenDeadline() {
        List<Deadline> open = openDeadlines();
        return open.isEmpty() ? null : open.get(0);
    }
}

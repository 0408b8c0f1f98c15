package org.refunddesk.rules.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.CaseProgress;

/**
 * Home's "needs attention", grouped by case: deadlines due within 24 hours, deadlines missed in the last
 * {@link #MISSED_LOOKBACK} (older ones are on the case's timeline), and cases where the next move is the person's
 * (apply for the refund, send requested evidence, answer a rejection). Cases resolved or closed are left out.
 * Most urgent case first: missed, then soonest due, then waiting.
 */
public final class NeedsAttention {
    public static final Duration SOON = Duration.ofHours(24);
    public static final Duration MISSED_LOOKBACK = Duration.ofDays(30);

    /** One case and what in it needs the person. */
    public record CaseNeeds(RefundCase refundCase, List<Deadline> dueSoon, List<Deadline> missed, boolean yourMove,
                            List<Deadline> allDeadlines) {
        public CaseNeeds {
            dueSoon = List.copyOf(dueSoon);
            missed = List.copyOf(missed);
            allDeadlines = List.copyOf(allDeadlines);
        }

        public UUID id() {
            return refundCase.id();
        }
    }

    private NeedsAttention() {
    }

    /** {@code deadlines} holds every deadline of each case, as the planner gave them at {@code now}. */
    public static List<CaseNeeds> of(List<RefundCase> cases, Map<UUID, List<Deadline>> deadlines, Instant now) {
        List<CaseNeeds> result = new ArrayList<>();
        for (RefundCase c : cases) {
            if (c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED) {
                continue;
            }
            List<Deadline> all = deadlines.getOrDefault(c.id(), List.of());
            List<Deadline> soon = dueSoon(all, now);
            List<Deadline> missed = missed(all, now);
            boolean yourMove = CaseProgress.waitsForYou(c);
            if (!soon.isEmpty() || !missed.isEmpty() || yourMove) {
                result.add(new CaseNeeds(c, soon, missed, yourMove, all));
            }
        }
        result.sort(Comparator.comparing((CaseNeeds n) -> n.missed().isEmpty())
                .thenComparing(n -> n.dueSoon().isEmpty() ? Instant.MAX : n.dueSoon().get(0).dueAt())
                .thenComparing(n -> n.refundCase().title() == null ? "" : n.refundCase().title()));
        return result;
    }

    /** The open deadlines due within {@link #SOON}, soonest first. */
    public static List<Deadline> dueSoon(List<Deadline> all, Instant now) {
        return all.stream().filter(d -> d.state() == DeadlineState.OPEN && d.dueAt() != null
                        && d.dueAt().isAfter(now) && !d.dueAt().isAfter(now.plus(SOON)))
                .sorted(Comparator.comparing(Deadline::dueAt)).toList();
    }

    /** The deadlines missed within {@link #MISSED_LOOKBACK}, latest first. */
    public static List<Deadline> missed(List<Deadline> all, Instant now) {
        return all.stream().filter(d -> d.dueAt() != null && !d.dueAt().isAfter(now)
                        && d.state() != DeadlineState.MET && d.dueAt().isAfter(now.minus(MISSED_LOOKBACK)))
                .sorted(Comparator.comparing(Deadline::dueAt).reversed()).toList();
    }

    /** Groups case-tagged deadlines (the agenda's collection) by case. */
    public static Map<UUID, List<Deadline>> byCase(List<org.refunddesk.rules.reminders.CaseDeadline> all) {
        Map<UUID, List<Deadline>> map = new LinkedHashMap<>();
        all.forEach(cd -> map.computeIfAbsent(cd.caseId(), k -> new ArrayList<>()).add(cd.deadline()));
        return map;
    }
}

package org.refunddesk.rules.agenda;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.refunddesk.domain.DeadlineState;
import org.refunddesk.rules.reminders.CaseDeadline;

/** The all-cases agenda: every open deadline, soonest first, filtered by assignee and horizon. */
public final class Agenda {
    private static final Comparator<CaseDeadline> SOONEST_FIRST = Comparator
            .comparing((CaseDeadline c) -> c.deadline().dueAt())
            .thenComparing(c -> c.caseTitle() == null ? "" : c.caseTitle())
            .thenComparing(c -> c.deadline().rule());

    private Agenda() {
    }

    public static List<CaseDeadline> of(List<CaseDeadline> deadlines, AgendaFilter filter, Instant now) {
        return deadlines.stream()
                .filter(c -> c.deadline().state() == DeadlineState.OPEN && c.deadline().dueAt() != null)
                .filter(c -> c.deadline().dueAt().isAfter(now))
                .filter(c -> matchesAssignee(c, filter.assignee()))
                .filter(c -> filter.dueWithin().span()
                        .map(span -> !c.deadline().dueAt().isAfter(now.plus(span)))
                        .orElse(true))
                .sorted(SOONEST_FIRST)
                .toList();
    }

    private static boolean matchesAssignee(CaseDeadline c, String wanted) {
        if (wanted == null) {
            return true;
        }
        String actual = c.assignee() == null ? "" : c.assignee().trim();
        return Objects.equals(actual, wanted.trim());
    }

    /** The distinct assignees, sorted, for the filter's choices ("" for unassigned cases). */
    public static List<String> assignees(List<CaseDeadline> deadlines) {
        return deadlines.stream()
                .map(c -> c.assignee() == null ? "" : c.assignee().trim())
                .distinct()
                .sorted()
                .toList();
    }
}

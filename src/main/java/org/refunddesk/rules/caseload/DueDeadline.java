package org.refunddesk.rules.caseload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;

/** One open deadline with the case it belongs to. */
public record DueDeadline(CaseOverview overview, Deadline deadline) {
    public static final Comparator<DueDeadline> SOONEST_FIRST = Comparator
            .comparing((DueDeadline d) -> d.deadline().dueAt())
            .thenComparing(d -> d.overview().refundCase().id())
            .thenComparing(d -> d.deadline().rule(), Comparator.nullsFirst(Comparator.naturalOrder()));

    public boolean overdueAt(Instant now) {
        return deadline.dueAt().isBefore(now);
    }

    /** Every open deadline of the cases the filter keeps, due no later than {@code until} (null: any), soonest first. */
    public static List<DueDeadline> across(List<CaseOverview> cases, CaseFilter filter, Instant now, Instant until) {
        List<DueDeadline> due = new ArrayList<>();
        for (CaseOverview o : cases) {
            if (!filter.matches(o, now)) {
                continue;
            }
            for (Deadline d : o.openDeadlines()) {
                if (until == null || !d.dueAt().isAfter(until)) {
                    due.add(new DueDeadline(o, d));
                }
            }
        }
        due.sort(SOONEST_FIRST);
        return due;
    }
}

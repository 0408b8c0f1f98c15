package org.refunddesk.rules.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.rules.i18n.Messages;

/**
 * What can still be done after a deadline lapsed: the next step for that clock, and whether the regulator
 * and court routes stay open until the limitation date (Civil Code art. 188; SAMR complaint rules art. 15).
 */
public final class StillPossible {
    static final String LIMITATION = "LIMITATION_PERIOD";
    private final Messages messages;

    public StillPossible(Messages messages) {
        this.messages = messages;
    }

    /** Sentences for a missed deadline, given every deadline of its case at "now". */
    public List<String> after(Deadline missed, List<Deadline> caseDeadlines, Instant now) {
        List<String> lines = new ArrayList<>();
        String specific = "timeline.missed.advice." + missed.rule();
        lines.add(messages.has(specific) ? messages.get(specific) : messages.get("timeline.missed.advice.other"));
        if (LIMITATION.equals(missed.rule())) {
            return lines;
        }
        caseDeadlines.stream()
                .filter(d -> LIMITATION.equals(d.rule()) && d.dueAt() != null && d.state() != DeadlineState.MET)
                .findFirst()
                .ifPresent(limit -> lines.add(limit.state() == DeadlineState.MISSED || !limit.dueAt().isAfter(now)
                        ? messages.get("timeline.missed.route.limitationGone")
                        : messages.get("timeline.missed.route.openUntil", DueTimes.formatDay(limit.dueAt()))));
        return lines;
    }
}

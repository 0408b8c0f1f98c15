package org.refunddesk.ui.timeline;

import java.time.Instant;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Deadline;

/**
 * One row of a case's timeline: a past event, a deadline, or the "now" marker. {@code deadline} and
 * {@code event} are null when the row is not of that kind.
 */
public record TimelineEntry(Kind kind, Instant at, String title, String detail, Severity severity,
                            Deadline deadline, CaseEvent event) {

    public enum Kind { EVENT, DEADLINE, NOW }

    /** How the row is coloured: overdue red, due within 24 h amber, done grey, voided struck through. */
    public enum Severity { NORMAL, SOON, OVERDUE, DONE, VOIDED }
}

package org.refunddesk.rules.reminders;

import java.util.Objects;
import java.util.UUID;

import org.refunddesk.domain.Deadline;

/** A deadline together with the case it belongs to (what the agenda and the reminders work on). */
public record CaseDeadline(UUID caseId, String caseTitle, String assignee, Deadline deadline) {
    public CaseDeadline {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(deadline, "deadline");
    }

    /**
     * Identity of this deadline for "already warned": case, rule, the event that started the clock and the
     * due instant. A deadline that moves (a correction, a restart) is a new deadline and is warned about again.
     */
    public String key() {
        return caseId + "/" + deadline.rule() + "/"
                + (deadline.sourceEventId() == null ? "-" : deadline.sourceEventId()) + "/"
                + (deadline.dueAt() == null ? "-" : deadline.dueAt().getEpochSecond());
    }
}

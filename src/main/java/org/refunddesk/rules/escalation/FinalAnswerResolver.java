package org.refunddesk.rules.escalation;

import java.time.Instant;
import java.util.Objects;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;

/**
 * "Final answer received": records the answer of a step and returns the next step at once, without
 * waiting for that step's clock (the Resolver pattern). Storing the event is the caller's job.
 */
public final class FinalAnswerResolver {
    private final EscalationLadder ladder;

    public FinalAnswerResolver(EscalationLadder ladder) {
        this.ladder = ladder;
    }

    /** The answer event to store, the case with it, and what comes next. */
    public record Resolution(CaseEvent event, RefundCase updated, Recommendation next) {
    }

    /**
     * @param answer {@code COMPLAINT_ANSWERED} or {@code REFUND_REJECTED}
     */
    public Resolution finalAnswer(RefundCase refundCase, Channel channel, EventType answer, Instant at, String ref,
                                  String note, Instant now, boolean suspectedFraud) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        if (answer != EventType.COMPLAINT_ANSWERED && answer != EventType.REFUND_REJECTED) {
            throw new IllegalArgumentException("a final answer is COMPLAINT_ANSWERED or REFUND_REJECTED, not " + answer);
        }
        CaseEvent event = new CaseEvent(null, answer, at, channel, blankToNull(ref), null, null, blankToNull(note),
                null, null);
        RefundCase updated = refundCase.withEvent(event);
        return new Resolution(event, updated, ladder.next(updated, now, suspectedFraud));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

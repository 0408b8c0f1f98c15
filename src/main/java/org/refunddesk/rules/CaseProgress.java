package org.refunddesk.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;

/**
 * Where a case stands, from its event log (docs/status-follows-events.md): the amount still outstanding, the
 * status a new event moves the case to, and the next thing the person should do. Pure functions; the store
 * and the views only apply what they return.
 */
public final class CaseProgress {
    private CaseProgress() {
    }

    /** The order amount minus every refund received (never below zero); null when the amount is unknown. */
    public static BigDecimal outstanding(RefundCase c) {
        BigDecimal paid = c.purchase() == null ? null : c.purchase().amount();
        if (paid == null) {
            return null;
        }
        BigDecimal left = paid.subtract(Refunds.received(c.effectiveEvents(), paid));
        return left.signum() < 0 ? Money.ZERO : left;
    }

    /** True when the refunds received cover the order amount. */
    public static boolean fullyRefunded(RefundCase c) {
        BigDecimal left = outstanding(c);
        return left != null && left.signum() == 0
                && c.effectiveEvents().stream().anyMatch(e -> e.type() == EventType.REFUND_RECEIVED);
    }

    /** A status change an event brings: applied at once, or only suggested (the person decides). */
    public record StatusChange(CaseStatus to, boolean suggestionOnly) {
    }

    /**
     * The status after {@code event} was added to the case ({@code after} already contains it). A case the person
     * closed or marked resolved stays so, except that a "case closed" event closes it. Empty: no change.
     */
    public static Optional<StatusChange> statusAfter(CaseStatus current, CaseEvent event, RefundCase after) {
        CaseStatus now = current == null ? CaseStatus.NEW : current;
        if (event.type() == EventType.CASE_CLOSED) {
            return change(now, CaseStatus.CLOSED, false);
        }
        if (now == CaseStatus.CLOSED || now == CaseStatus.RESOLVED) {
            return Optional.empty();
        }
        return switch (event.type()) {
            case REFUND_APPLIED, SUPPLEMENT_SENT, REFUND_APPROVED, DEMAND_SENT, BUSINESS_ACKNOWLEDGED ->
                    change(now, now == CaseStatus.ESCALATED ? CaseStatus.ESCALATED : CaseStatus.WAITING, false);
            case SUPPLEMENT_REQUESTED, REFUND_REJECTED, COMPLAINT_ANSWERED -> change(now, CaseStatus.IN_PROGRESS, false);
            case COMPLAINT_FILED, COMPLAINT_ACCEPTED -> change(now, CaseStatus.ESCALATED, false);
            case REFUND_RECEIVED -> fullyRefunded(after) ? change(now, CaseStatus.RESOLVED, true)
                    : change(now, CaseStatus.IN_PROGRESS, false);
            default -> Optional.empty();
        };
    }

    /** The status after several new events, in time order; suggestions stop at the first one. */
    public static Optional<StatusChange> statusAfter(CaseStatus current, List<CaseEvent> added, RefundCase after) {
        CaseStatus status = current;
        StatusChange last = null;
        for (CaseEvent e : added) {
            Optional<StatusChange> change = statusAfter(status, e, after);
            if (change.isPresent()) {
                last = change.get();
                if (!last.suggestionOnly()) {
                    status = last.to();
                }
            }
        }
        return Optional.ofNullable(last).filter(c -> c.to() != current);
    }

    private static Optional<StatusChange> change(CaseStatus from, CaseStatus to, boolean suggestionOnly) {
        return from == to ? Optional.empty() : Optional.of(new StatusChange(to, suggestionOnly));
    }

    /** What the person should do now, in order of urgency. */
    public enum NextStepKind {
        /** Nothing left: refunded, resolved or closed. */
        DONE,
        /** Apply for the refund on the platform, then record the application. */
        APPLY_REFUND,
        /** The platform asked for more evidence: send it (24 h clock). */
        SEND_SUPPLEMENT,
        /** The evidence chain has gaps that weaken every later step. */
        ADD_EVIDENCE,
        /** An answer clock runs; wait for it (and record the answer). */
        WAIT,
        /** Take the ladder's recommended step (demand letter, complaint…). */
        ESCALATE
    }

    /** Weaker evidence than this sends the person to the evidence wizard before escalating. */
    public static final int EVIDENCE_ENOUGH = 60;

    /**
     * The next step: {@code evidenceScore} is the chain's completeness (negative when unknown), {@code waiting}
     * whether a filed step's answer clock still runs, {@code canEscalate} whether the ladder recommends a step.
     */
    public static NextStepKind nextStep(RefundCase c, int evidenceScore, boolean waiting, boolean canEscalate) {
        if (c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED || fullyRefunded(c)) {
            return NextStepKind.DONE;
        }
        List<CaseEvent> events = c.effectiveEvents();
        if (events.stream().noneMatch(e -> e.type() == EventType.REFUND_APPLIED)) {
            return NextStepKind.APPLY_REFUND;
        }
        if (lastOf(events, EventType.SUPPLEMENT_REQUESTED) > lastOf(events, EventType.SUPPLEMENT_SENT)) {
            return NextStepKind.SEND_SUPPLEMENT;
        }
        if (evidenceScore >= 0 && evidenceScore < EVIDENCE_ENOUGH) {
            return NextStepKind.ADD_EVIDENCE;
        }
        if (waiting) {
            return NextStepKind.WAIT;
        }
        return canEscalate ? NextStepKind.ESCALATE : NextStepKind.WAIT;
    }

    /**
     * Whether the next move is the person's, not the other side's: nothing applied for yet, requested evidence
     * not sent, or an answer (a rejection, a reply) that calls for the next step.
     */
    public static boolean waitsForYou(RefundCase c) {
        if (c.status() == CaseStatus.RESOLVED || c.status() == CaseStatus.CLOSED || fullyRefunded(c)) {
            return false;
        }
        List<CaseEvent> events = c.effectiveEvents();
        if (events.stream().noneMatch(e -> e.type() == EventType.REFUND_APPLIED)) {
            return true;
        }
        if (lastOf(events, EventType.SUPPLEMENT_REQUESTED) > lastOf(events, EventType.SUPPLEMENT_SENT)) {
            return true;
        }
        EventType last = events.isEmpty() ? null : events.get(events.size() - 1).type();
        return last == EventType.REFUND_REJECTED || last == EventType.COMPLAINT_ANSWERED;
    }

    private static int lastOf(List<CaseEvent> events, EventType type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }
}

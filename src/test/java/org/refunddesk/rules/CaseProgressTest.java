package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.CaseProgress.NextStepKind;
import org.refunddesk.rules.CaseProgress.StatusChange;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.domain.ProblemKind;

/** Status follows events (docs/status-follows-events.md) and the workspace's next step. */
class CaseProgressTest {
    private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");
    private final RefundCase fresh = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);

    private static CaseEvent event(EventType type, String amount) {
        return new CaseEvent(UUID.randomUUID(), type, AT, null, null, null,
                amount == null ? null : new BigDecimal(amount), null, null, null);
    }

    @ParameterizedTest
    @CsvSource({
            "NEW, REFUND_APPLIED, WAITING",
            "NEW, DEMAND_SENT, WAITING",
            "WAITING, REFUND_REJECTED, IN_PROGRESS",
            "WAITING, COMPLAINT_FILED, ESCALATED",
            "ESCALATED, DEMAND_SENT, ESCALATED",
            "RESOLVED, CASE_CLOSED, CLOSED"})
    void anEventMovesTheStatus(CaseStatus from, EventType type, CaseStatus to) {
        RefundCase c = fresh.withStatus(from);
        CaseEvent e = event(type, null);

        var change = CaseProgress.statusAfter(from, e, c.withEvent(e));

        assertThat(change.map(StatusChange::to).orElse(from)).isEqualTo(to);
        change.ifPresent(s -> assertThat(s.suggestionOnly()).isFalse());
    }

    @Test
    void aFullRefundOnlySuggestsResolved() {
        CaseEvent received = event(EventType.REFUND_RECEIVED, null);

        var change = CaseProgress.statusAfter(CaseStatus.WAITING, received, fresh.withEvent(received));

        assertThat(change).contains(new StatusChange(CaseStatus.RESOLVED, true));
    }

    @Test
    void aPartRefundKeepsTheCaseInProgressAndLowersWhatIsOutstanding() {
        BigDecimal paid = fresh.purchase().amount();
        CaseEvent part = event(EventType.REFUND_RECEIVED, "1.00");
        RefundCase after = fresh.withEvent(part);

        assertThat(CaseProgress.statusAfter(CaseStatus.WAITING, part, after)).contains(
                new StatusChange(CaseStatus.IN_PROGRESS, false));
        assertThat(CaseProgress.outstanding(after)).isEqualByComparingTo(paid.subtract(BigDecimal.ONE));
    }

    @Test
    void aCaseMarkedResolvedByHandIsNotMovedByALaterEvent() {
        CaseEvent e = event(EventType.COMPLAINT_FILED, null);

        assertThat(CaseProgress.statusAfter(CaseStatus.RESOLVED, e, fresh.withEvent(e))).isEmpty();
    }

    @Test
    void theNextStepIsToApplyFirstThenToSendRequestedEvidence() {
        assertThat(CaseProgress.nextStep(fresh, -1, false, true)).isEqualTo(NextStepKind.APPLY_REFUND);
        RefundCase applied = fresh.withEvent(event(EventType.REFUND_APPLIED, null));
        assertThat(CaseProgress.nextStep(applied, 100, false, true)).isEqualTo(NextStepKind.ESCALATE);
        assertThat(CaseProgress.nextStep(applied, 20, false, true)).isEqualTo(NextStepKind.ADD_EVIDENCE);
        assertThat(CaseProgress.nextStep(applied, 100, true, true)).isEqualTo(NextStepKind.WAIT);
    }
}

package org.refunddesk.rules.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;

class EventCorrectionsTest {
    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
    private final CaseEvent applied = CaseEvent.of(EventType.REFUND_APPLIED, T).withRef("R1");
    private final RefundCase refundCase = new RefundCase(null, "t", null, null, null, null, null, null,
            java.util.List.of(applied), null, null, null, T, T);

    @Test
    void aCorrectionIsANewEventThatVoidsTheOriginalWhichStaysInTheLog() {
        CaseEvent correction = EventCorrections.voiding(refundCase, applied.id(), "wrong date", T.plusSeconds(60));
        RefundCase corrected = refundCase.withEvent(correction);

        assertThat(correction.type()).isEqualTo(EventType.EVENT_VOIDED);
        assertThat(correction.voids()).isEqualTo(applied.id());
        assertThat(correction.note()).isEqualTo("wrong date");
        assertThat(corrected.events()).contains(applied, correction);
        assertThat(corrected.effectiveEvents()).isEmpty();
    }

    @Test
    void aCorrectionNeedsAReason() {
        assertThatThrownBy(() -> EventCorrections.voiding(refundCase, applied.id(), "  ", T))
                .hasMessageStartingWith("reason:");
    }

    @Test
    void anEventCanBeVoidedOnlyOnceAndCorrectionsCannotBeVoided() {
        CaseEvent correction = EventCorrections.voiding(refundCase, applied.id(), "typo", T);
        RefundCase corrected = refundCase.withEvent(correction);

        assertThatThrownBy(() -> EventCorrections.voiding(corrected, applied.id(), "again", T))
                .hasMessageContaining("already voided");
        assertThatThrownBy(() -> EventCorrections.voiding(corrected, correction.id(), "undo", T))
                .hasMessageContaining("cannot itself be voided");
        assertThatThrownBy(() -> EventCorrections.voiding(corrected, UUID.randomUUID(), "x", T))
                .hasMessageContaining("no event");
    }
}

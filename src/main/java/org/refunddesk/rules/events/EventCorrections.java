package org.refunddesk.rules.events;

import java.time.Instant;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;

/**
 * Corrections to the append-only event log: an {@link EventType#EVENT_VOIDED} event naming the event it
 * voids, with the reason as its note. The original stays in the log; {@link RefundCase#effectiveEvents()}
 * leaves it out.
 */
public final class EventCorrections {
    private EventCorrections() {
    }

    /**
     * The correction voiding {@code eventId} of {@code refundCase}.
     *
     * @throws IllegalArgumentException naming what is wrong: no reason, no such event, already voided,
     *                                  or an attempt to void a correction
     */
    public static CaseEvent voiding(RefundCase refundCase, UUID eventId, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: a correction needs a reason");
        }
        CaseEvent target = refundCase.events().stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("voids: no event " + eventId + " in this case"));
        if (target.type() == EventType.EVENT_VOIDED) {
            throw new IllegalArgumentException("voids: a correction cannot itself be voided");
        }
        if (isVoided(refundCase, eventId)) {
            throw new IllegalArgumentException("voids: event " + eventId + " is already voided");
        }
        return new CaseEvent(null, EventType.EVENT_VOIDED, at, null, null, null, null, reason.trim(), eventId, null);
    }

    public static boolean isVoided(RefundCase refundCase, UUID eventId) {
        return refundCase.events().stream()
                .anyMatch(e -> e.type() == EventType.EVENT_VOIDED && eventId.equals(e.voids()));
    }
}

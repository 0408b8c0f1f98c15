package org.refunddesk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a case's append-only event log. {@code deadlineAt} only for DEMAND_SENT, {@code amount}
 * only for REFUND_RECEIVED (null = the full amount). {@code text} keeps a letter or complaint as sent.
 * An {@link EventType#EVENT_VOIDED} event names the event it voids in {@code voids}; its note is the reason.
 */
public record CaseEvent(UUID id, EventType type, Instant at, Channel channel, String ref, Instant deadlineAt,
                        BigDecimal amount, String note, UUID voids, String text) {
    public CaseEvent {
        id = id == null ? UUID.randomUUID() : id;
        amount = Money.of(amount);
    }

    public static CaseEvent of(EventType type, Instant at) {
        return new CaseEvent(null, type, at, null, null, null, null, null, null, null);
    }

    public static CaseEvent of(EventType type, Instant at, Channel channel) {
        return new CaseEvent(null, type, at, channel, null, null, null, null, null, null);
    }

    public CaseEvent withRef(String newRef) {
        return new CaseEvent(id, type, at, channel, newRef, deadlineAt, amount, note, voids, text);
    }

    public CaseEvent withNote(String newNote) {
        return new CaseEvent(id, type, at, channel, ref, deadlineAt, amount, newNote, voids, text);
    }

    public CaseEvent withAmount(BigDecimal newAmount) {
        return new CaseEvent(id, type, at, channel, ref, deadlineAt, newAmount, note, voids, text);
    }

    public CaseEvent withDeadlineAt(Instant newDeadlineAt) {
        return new CaseEvent(id, type, at, channel, ref, newDeadlineAt, amount, note, voids, text);
    }

    public CaseEvent withText(String newText) {
        return new CaseEvent(id, type, at, channel, ref, deadlineAt, amount, note, voids, newText);
    }
}

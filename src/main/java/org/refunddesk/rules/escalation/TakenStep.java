package org.refunddesk.rules.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.Channel;

/** A ladder step the case has already taken: when, its outcome, the last ticket number, its events. */
public record TakenStep(Channel channel, Instant filedAt, Instant lastEventAt, StepOutcome outcome, String ref,
                        List<UUID> eventIds) {
    public TakenStep {
        eventIds = List.copyOf(eventIds);
    }
}

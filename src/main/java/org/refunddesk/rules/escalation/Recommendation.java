package org.refunddesk.rules.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.refunddesk.domain.Channel;

/**
 * What the ladder proposes: the recommended step (empty when the case is resolved or the route is
 * exhausted), why, the other steps that fit, the steps already taken, and a step whose answer clock
 * is still running, if any.
 */
public record Recommendation(String route, Optional<LadderStep> recommended, List<Reason> reasons,
                             List<Option> alternatives, List<TakenStep> taken, Optional<Waiting> waiting,
                             boolean resolved) {
    public Recommendation {
        reasons = List.copyOf(reasons);
        alternatives = List.copyOf(alternatives);
        taken = List.copyOf(taken);
    }

    /** Another step that fits, and why it is not the first choice. */
    public record Option(LadderStep step, Reason why) {
    }

    /** A step filed earlier whose answer clock (a rule-engine deadline id) is still open. */
    public record Waiting(Channel channel, String rule, Instant dueAt) {
    }

    public Optional<Channel> recommendedChannel() {
        return recommended.map(LadderStep::channel);
    }
}

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
                             boolean resolved, List<Refused> refused) {
    public Recommendation {
        reasons = List.copyOf(reasons);
        alternatives = List.copyOf(alternatives);
        taken = List.copyOf(taken);
        refused = refused == null ? List.of() : List.copyOf(refused);
    }

    public Recommendation(String route, Optional<LadderStep> recommended, List<Reason> reasons,
                          List<Option> alternatives, List<TakenStep> taken, Optional<Waiting> waiting,
                          boolean resolved) {
        this(route, recommended, reasons, alternatives, taken, waiting, resolved, List.of());
    }

    /** A step of the route that is not offered because a letter to it would be refused, and why ({@link ChannelFit}). */
    public record Refused(LadderStep step, List<Reason> reasons) {
        public Refused {
            reasons = List.copyOf(reasons);
        }
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

package org.refunddesk.rules.escalation;

import java.util.List;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;

/**
 * One rung of the ladder (DOMAIN.md §5), as data: which event records its filing, the letter template,
 * when it fits the case at all, when it may be recommended rather than only offered, what it needs,
 * the rule-engine deadline ids that time the answer, and its basis.
 */
public record LadderStep(Channel channel, EventType filing, String template, Condition fits,
                         Condition recommendWhen, List<Precondition> preconditions, List<String> clocks,
                         List<Citation> basis) {
    public LadderStep {
        fits = fits == null ? Condition.ALWAYS : fits;
        recommendWhen = recommendWhen == null ? Condition.ALWAYS : recommendWhen;
        preconditions = preconditions == null ? List.of() : List.copyOf(preconditions);
        clocks = clocks == null ? List.of() : List.copyOf(clocks);
        basis = basis == null ? List.of() : List.copyOf(basis);
    }
}

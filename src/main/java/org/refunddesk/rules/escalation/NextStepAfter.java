package org.refunddesk.rules.escalation;

import java.util.List;
import java.util.Optional;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.RefundCase;

/** The lawful next step a letter names: the next untaken step the ladder would recommend after the given one. */
public final class NextStepAfter {
    private NextStepAfter() {
    }

    public static Optional<Channel> of(LadderBook book, RefundCase c, Channel current) {
        return of(book, c, current, ch -> true);
    }

    /** The same, skipping steps that do not fit the case ({@link ChannelFit}). */
    public static Optional<Channel> of(LadderBook book, RefundCase c, Channel current,
                                       java.util.function.Predicate<Channel> fits) {
        StepHistory history = StepHistory.of(c);
        Condition.Facts facts = EscalationLadder.factsOf(c, history, false);
        List<Channel> order = book.routeFor(facts).order();
        int from = order.indexOf(current) + 1;
        return order.subList(Math.max(from, 0), order.size()).stream()
                .filter(ch -> ch != current && !history.hasTaken(ch) && fits.test(ch))
                .map(book::step)
                .filter(s -> s.fits().holds(facts) && s.recommendWhen().holds(facts))
                .map(LadderStep::channel)
                .findFirst();
    }
}

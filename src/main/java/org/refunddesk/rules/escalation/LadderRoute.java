package org.refunddesk.rules.escalation;

import java.util.List;

import org.refunddesk.domain.Channel;

/** An order of the steps for one kind of case; the first route whose condition holds is used. */
public record LadderRoute(String id, Condition when, List<Channel> order) {
    public LadderRoute {
        when = when == null ? Condition.ALWAYS : when;
        order = List.copyOf(order);
    }
}

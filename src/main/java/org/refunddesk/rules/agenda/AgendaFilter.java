package org.refunddesk.rules.agenda;

/**
 * Which open deadlines the agenda shows. {@code assignee} null = everyone's; "" = cases nobody is assigned to.
 */
public record AgendaFilter(String assignee, DueWithin dueWithin) {
    public static final AgendaFilter ALL = new AgendaFilter(null, DueWithin.ANY);

    public AgendaFilter {
        dueWithin = dueWithin == null ? DueWithin.ANY : dueWithin;
    }
}

package org.refunddesk.rules.escalation;

import java.time.Instant;
import java.util.List;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.RuleBook;
import org.refunddesk.rules.WorkingDayCalendar;
import org.refunddesk.rules.i18n.Messages;

/** The rule engine's deadlines of a case, for the ladder's answer clocks and the wizard's "clocks started". */
public final class PlannedDeadlines implements DeadlineSource {
    private final RuleBook book;
    private final WorkingDayCalendar calendar;
    private final Messages messages;

    public PlannedDeadlines(RuleBook book, WorkingDayCalendar calendar, Messages messages) {
        this.book = book;
        this.calendar = calendar;
        this.messages = messages;
    }

    @Override
    public List<Deadline> deadlines(RefundCase refundCase, Instant now) {
        return DeadlinePlanner.plan(refundCase, now, book, calendar, messages);
    }
}

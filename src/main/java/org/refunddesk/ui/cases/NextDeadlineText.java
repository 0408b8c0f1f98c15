package org.refunddesk.ui.cases;

import java.time.Instant;

import org.refunddesk.domain.Deadline;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.DueTimes;
import org.refunddesk.rules.reminders.ReminderTexts;

/**
 * A case's next deadline in the case list, written exactly as the timeline writes it (a day clock ending at
 * midnight is "2029-11-19 24:00", not "2029-11-20 00:00"), with the rule's short name and the time left.
 */
final class NextDeadlineText {
    private final Messages messages;

    NextDeadlineText(Messages messages) {
        this.messages = messages;
    }

    String format(Deadline deadline, Instant now) {
        return messages.get("cases.list.nextDeadline", DueTimes.format(deadline.dueAt()),
                ReminderTexts.ruleName(deadline.rule(), messages), DueTimes.countdown(now, deadline.dueAt(), messages));
    }
}

package org.refunddesk.rules.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.domain.Deadline;
import org.refunddesk.rules.i18n.Messages;

/** The words of a warning and of the missed-deadline summary. */
public final class ReminderTexts {
    private final Messages messages;
    private final StillPossible stillPossible;

    public ReminderTexts(Messages messages) {
        this.messages = messages;
        this.stillPossible = new StillPossible(messages);
    }

    /** The case, the deadline, the time left and the due time, in one line. */
    public String warning(Reminder reminder, Instant now) {
        CaseDeadline item = reminder.item();
        return messages.get("timeline.warning.text", title(item), ruleName(item.deadline().rule()),
                DueTimes.countdown(now, item.deadline().dueAt(), messages), DueTimes.format(item.deadline().dueAt()));
    }

    /** At most this many missed deadlines are spelled out; the rest are counted (the agenda lists them all). */
    static final int SUMMARY_ITEMS = 3;

    /** One summary of what was missed (the first few, each with what can still be done). */
    public String missedSummary(ReminderCheck check, Instant now) {
        List<String> blocks = new ArrayList<>();
        for (CaseDeadline item : check.missed().subList(0, Math.min(SUMMARY_ITEMS, check.missed().size()))) {
            List<Deadline> sameCase = check.considered().stream()
                    .filter(c -> c.caseId().equals(item.caseId())).map(CaseDeadline::deadline).toList();
            StringBuilder block = new StringBuilder(messages.get("timeline.missed.line", title(item),
                    ruleName(item.deadline().rule()), DueTimes.format(item.deadline().dueAt())));
            for (String advice : stillPossible.after(item.deadline(), sameCase, now)) {
                block.append("\n    ").append(advice);
            }
            blocks.add(block.toString());
        }
        int more = check.missed().size() - blocks.size();
        return messages.get("timeline.missed.intro", check.missed().size()) + "\n\n" + String.join("\n\n", blocks)
                + (more > 0 ? "\n\n" + messages.get("timeline.missed.more", more) : "");
    }

    private String title(CaseDeadline item) {
        return item.caseTitle() == null || item.caseTitle().isBlank() ? messages.get("timeline.untitled")
                : item.caseTitle();
    }

    private String ruleName(String rule) {
        return ruleName(rule, messages);
    }

    /** The rule's short name from the timeline bundle, or its id when the bundle has none. */
    public static String ruleName(String rule, Messages messages) {
        String key = "timeline.rule." + rule;
        return messages.has(key) ? messages.get(key) : rule;
    }
}

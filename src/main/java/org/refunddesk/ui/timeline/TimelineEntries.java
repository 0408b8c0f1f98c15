package org.refunddesk.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.DueTimes;
import org.refunddesk.rules.reminders.ReminderTexts;

/** Builds a case's timeline: events and deadlines in time order with a "now" marker between past and future. */
public final class TimelineEntries {
    static final Duration SOON = Duration.ofHours(24);
    private final Messages messages;

    public TimelineEntries(Messages messages) {
        this.messages = messages;
    }

    public List<TimelineEntry> build(RefundCase refundCase, List<Deadline> deadlines, Instant now) {
        List<TimelineEntry> entries = new ArrayList<>();
        Map<UUID, CaseEvent> byId = new HashMap<>();
        refundCase.events().forEach(e -> byId.put(e.id(), e));
        Map<UUID, String> voidReasons = new HashMap<>();
        for (CaseEvent e : refundCase.events()) {
            if (e.type() == EventType.EVENT_VOIDED && e.voids() != null) {
                voidReasons.put(e.voids(), e.note() == null ? "" : e.note());
            }
        }
        for (CaseEvent e : refundCase.events()) {
            if (e.at() != null) {
                entries.add(eventEntry(e, byId, voidReasons.get(e.id())));
            }
        }
        for (Deadline d : deadlines) {
            if (d.dueAt() != null) {
                entries.add(deadlineEntry(d, now));
            }
        }
        entries.add(new TimelineEntry(TimelineEntry.Kind.NOW, now, messages.get("timeline.now"),
                DueTimes.format(now), TimelineEntry.Severity.NORMAL, null, null));
        // at equal instants events come first, then the now marker, then deadlines
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(t -> order(t.kind())));
        return entries;
    }

    private static int order(TimelineEntry.Kind kind) {
        return switch (kind) {
            case EVENT -> 0;
            case NOW -> 1;
            case DEADLINE -> 2;
        };
    }

    private TimelineEntry eventEntry(CaseEvent e, Map<UUID, CaseEvent> byId, String voidedBecause) {
        String title;
        if (e.type() == EventType.EVENT_VOIDED) {
            CaseEvent target = e.voids() == null ? null : byId.get(e.voids());
            title = messages.get("timeline.event.voids", target == null ? "?" : messages.of(target.type()));
        } else {
            title = messages.of(e.type()) + (e.channel() == null ? "" : " · " + messages.of(e.channel()));
        }
        List<String> details = new ArrayList<>();
        details.add(DueTimes.format(e.at()));
        if (e.ref() != null && !e.ref().isBlank()) {
            details.add(messages.get("timeline.event.ref", e.ref()));
        }
        if (e.amount() != null) {
            details.add(messages.get("timeline.event.amount", Money.format(e.amount())));
        }
        if (e.deadlineAt() != null) {
            details.add(messages.get("timeline.event.deadline", DueTimes.format(e.deadlineAt())));
        }
        if (e.note() != null && !e.note().isBlank()) {
            details.add(e.type() == EventType.EVENT_VOIDED ? messages.get("timeline.event.reason", e.note()) : e.note());
        }
        if (voidedBecause != null) {
            details.add(messages.get("timeline.event.voided", voidedBecause));
        }
        return new TimelineEntry(TimelineEntry.Kind.EVENT, e.at(), title, String.join(" · ", details),
                voidedBecause != null ? TimelineEntry.Severity.VOIDED : TimelineEntry.Severity.NORMAL, null, e);
    }

    private TimelineEntry deadlineEntry(Deadline d, Instant now) {
        String detail = messages.get("timeline.deadline.due", DueTimes.format(d.dueAt())) + " · "
                + messages.of(d.state())
                + (d.state() == DeadlineState.OPEN ? " · " + DueTimes.countdown(now, d.dueAt(), messages) : "")
                + (d.estimate() ? " · " + messages.get("timeline.deadline.estimate") : "");
        return new TimelineEntry(TimelineEntry.Kind.DEADLINE, d.dueAt(), ruleName(d.rule(), messages), detail,
                severity(d, now), d, null);
    }

    public static String ruleName(String rule, Messages messages) {
        return ReminderTexts.ruleName(rule, messages);
    }

    static TimelineEntry.Severity severity(Deadline d, Instant now) {
        if (d.state() == DeadlineState.MET) {
            return TimelineEntry.Severity.DONE;
        }
        if (d.state() == DeadlineState.MISSED || !d.dueAt().isAfter(now)) {
            return TimelineEntry.Severity.OVERDUE;
        }
        return Duration.between(now, d.dueAt()).compareTo(SOON) <= 0
                ? TimelineEntry.Severity.SOON : TimelineEntry.Severity.NORMAL;
    }
}

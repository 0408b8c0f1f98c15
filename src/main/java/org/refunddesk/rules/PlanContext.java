package org.refunddesk.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;

/** One planning run: the case's events as of "now", the counter, the words, and how a deadline is assembled. */
final class PlanContext {
    final RefundCase refundCase;
    final Instant now;
    final DateCounter counter;
    final Narrator narrator;
    /** Effective events (voided ones dropped) that happened at or before "now", in time order. */
    final List<CaseEvent> events;
    /** false: due dates and states only, explanations left empty (lists and reminders of many cases). */
    final boolean explain;
    private final boolean english;
    private final long presentTypes;

    PlanContext(RefundCase refundCase, Instant now, WorkingDayCalendar calendar, Phrases phrases, boolean explain) {
        this.refundCase = refundCase;
        this.explain = explain;
        this.now = now;
        this.counter = new DateCounter(calendar);
        this.narrator = new Narrator(phrases, calendar);
        this.english = phrases.english;
        this.events = happenedBy(refundCase.effectiveEvents(), now);
        long mask = 0;
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            mask |= 1L << e.type().ordinal();
        }
        this.presentTypes = mask;
    }

    /** The events at or before "now"; the list itself when all have happened (the usual case: no copy). */
    private static List<CaseEvent> happenedBy(List<CaseEvent> effective, Instant now) {
        int n = 0;
        while (n < effective.size() && effective.get(n).at() != null && !effective.get(n).at().isAfter(now)) {
            n++;
        }
        if (n == effective.size()) {
            return effective;
        }
        List<CaseEvent> happened = new ArrayList<>(effective.subList(0, n));
        for (int i = n + 1; i < effective.size(); i++) {
            CaseEvent e = effective.get(i);
            if (e.at() != null && !e.at().isAfter(now)) {
                happened.add(e);
            }
        }
        return happened;
    }

    /** Whether any event of this type happened (a quick test before looking for one). */
    boolean has(EventType type) {
        return (presentTypes & (1L << type.ordinal())) != 0;
    }

    Phrases phrases() {
        return narrator.phrases();
    }

    Instant field(String name) {
        if ("problem.discoveredAt".equals(name)) {
            return refundCase.problem() == null ? null : refundCase.problem().discoveredAt();
        }
        return refundCase.purchase() == null ? null : refundCase.purchase().paidAt();
    }

    String fieldLabel(String name) {
        return "problem.discoveredAt".equals(name) ? phrases().discovered : phrases().paid;
    }

    /** The first event meeting the rule at or after {@code from} (on the same channel as {@code sameChannelAs} when given). */
    CaseEvent firstAfter(Instant from, PlanningRule rule, CaseEvent sameChannelAs) {
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (e != sameChannelAs && rule.metBy(e) && !e.at().isBefore(from)
                    && (sameChannelAs == null || sameChannelAs.channel() == e.channel())) {
                return e;
            }
        }
        return null;
    }

    /** A deadline counted by the calendar, explained (later, on demand) with the rule's template. */
    Deadline deadline(DeadlineRule rule, DateCounter.Count count, DeadlineExplanation.Start start,
                      DeadlineExplanation.Variant variant, CaseEvent met, UUID sourceEventId) {
        return deadline(rule, count, start, List.of(), false, variant, met, sourceEventId);
    }

    Deadline deadline(DeadlineRule rule, DateCounter.Count count, DeadlineExplanation.Start start,
                      List<DeadlineExplanation.LimitationNote> notes, boolean restarted,
                      DeadlineExplanation.Variant variant, CaseEvent met, UUID sourceEventId) {
        DeadlineState state = state(rule, count.dueAt(), met);
        if (!explain) {
            return new Deadline(rule.id(), count.start(), count.dueAt(), state, rule.basis().in(english), count.estimate(),
                    "", sourceEventId);
        }
        return Deadline.explainedLater(rule.id(), count.start(), count.dueAt(), state, rule.basis().in(english),
                count.estimate(), DeadlineExplanation.counted(narrator, rule, count, start, notes, restarted, variant, met,
                        state), sourceEventId);
    }

    /** A demand whose letter names its own deadline: due exactly then. */
    Deadline givenDeadline(DeadlineRule rule, CaseEvent demand, CaseEvent met) {
        DeadlineState state = state(rule, demand.deadlineAt(), met);
        if (!explain) {
            return new Deadline(rule.id(), demand.at(), demand.deadlineAt(), state, rule.basis().in(english), false, "",
                    demand.id());
        }
        return Deadline.explainedLater(rule.id(), demand.at(), demand.deadlineAt(), state, rule.basis().in(english), false,
                DeadlineExplanation.given(narrator, rule, demand, met, state), demand.id());
    }

    /** MET when met (in time, or late where the rule lets a late event count), else MISSED once due, else OPEN. */
    private DeadlineState state(DeadlineRule rule, Instant dueAt, CaseEvent met) {
        if (met != null && (rule.lateMeets() || !met.at().isAfter(dueAt))) {
            return DeadlineState.MET;
        }
        return now.isBefore(dueAt) ? DeadlineState.OPEN : DeadlineState.MISSED;
    }
}

package org.refunddesk.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    PlanContext(RefundCase refundCase, Instant now, DateCounter counter, Narrator narrator, boolean explain) {
        this.refundCase = refundCase;
        this.explain = explain;
        this.now = now;
        this.counter = counter;
        this.narrator = narrator;
        this.english = narrator.phrases().english;
        List<CaseEvent> effective = refundCase.effectiveEvents();
        List<CaseEvent> happened = new ArrayList<>(effective.size());
        for (CaseEvent e : effective) {
            if (e.at() != null && !e.at().isAfter(now)) {
                happened.add(e);
            }
        }
        this.events = happened;
        long mask = 0;
        for (CaseEvent e : happened) {
            mask |= 1L << e.type().ordinal();
        }
        this.presentTypes = mask;
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

    /** The first event of these types at or after {@code from} (on the same channel as {@code sameChannelAs} when given). */
    CaseEvent firstAfter(Instant from, Set<EventType> types, CaseEvent sameChannelAs) {
        for (CaseEvent e : events) {
            if (e != sameChannelAs && !e.at().isBefore(from) && types.contains(e.type())
                    && (sameChannelAs == null || sameChannelAs.channel() == e.channel())) {
                return e;
            }
        }
        return null;
    }

    /** "Refund applied for 2026-02-12 (Thu) 09:00", or nothing when not explaining. */
    String startText(String label, Instant at) {
        return explain ? narrator.start(label, at) : "";
    }

    /** A deadline counted by the calendar, explained with the rule's template. */
    Deadline deadline(DeadlineRule rule, DateCounter.Count count, String startText, String variant, CaseEvent met,
                      UUID sourceEventId) {
        return deadline(rule, count, startText, List.of(), false, variant, met, sourceEventId);
    }

    Deadline deadline(DeadlineRule rule, DateCounter.Count count, String startText, List<String> notes, boolean restarted,
                      String variant, CaseEvent met, UUID sourceEventId) {
        if (!explain) {
            return brief(rule, count.start(), count.dueAt(), count.estimate(), met, sourceEventId);
        }
        return assemble(rule, count.start(), count.dueAt(), count.length(), startText, narrator.count(count, notes, restarted),
                narrator.due(count), variant, met, sourceEventId, narrator.estimate(count));
    }

    /** A demand whose letter names its own deadline: due exactly then. */
    Deadline givenDeadline(DeadlineRule rule, CaseEvent demand, String startText, CaseEvent met) {
        if (!explain) {
            return brief(rule, demand.at(), demand.deadlineAt(), false, met, demand.id());
        }
        return assemble(rule, demand.at(), demand.deadlineAt(), rule.length(), startText,
                narrator.givenDeadline(demand.deadlineAt()), narrator.dueAt(demand.deadlineAt()), "", met, demand.id(), null);
    }

    private Deadline brief(DeadlineRule rule, Instant startAt, Instant dueAt, boolean estimate, CaseEvent met,
                           UUID sourceEventId) {
        return new Deadline(rule.id(), startAt, dueAt, state(rule, dueAt, met), rule.basis().in(english), estimate, "",
                sourceEventId);
    }

    /** MET when met (in time, or late where the rule lets a late event count), else MISSED once due, else OPEN. */
    private DeadlineState state(DeadlineRule rule, Instant dueAt, CaseEvent met) {
        if (met != null && (rule.lateMeets() || !met.at().isAfter(dueAt))) {
            return DeadlineState.MET;
        }
        return now.isBefore(dueAt) ? DeadlineState.OPEN : DeadlineState.MISSED;
    }

    private Deadline assemble(DeadlineRule rule, Instant startAt, Instant dueAt, int length, String startText,
                              String countText, String dueText, String variant, CaseEvent met, UUID sourceEventId,
                              String estimateText) {
        StringBuilder sb = new StringBuilder(256);
        rule.explanation().template(english).render(sb, name -> switch (name) {
            case "start" -> startText;
            case "count" -> countText;
            case "due" -> dueText;
            case "length" -> String.valueOf(length);
            case "variant" -> variant;
            default -> "";
        });
        DeadlineState state = state(rule, dueAt, met);
        stateText(sb, rule, dueAt, met, state);
        if (estimateText != null) {
            gap(sb).append(estimateText);
        }
        return new Deadline(rule.id(), startAt, dueAt, state, rule.basis().in(english), estimateText != null,
                sb.toString(), sourceEventId);
    }

    private void stateText(StringBuilder sb, DeadlineRule rule, Instant dueAt, CaseEvent met, DeadlineState state) {
        Phrases p = phrases();
        if (met != null) {
            boolean late = met.at().isAfter(dueAt);
            String when = DateText.dateTime(met.at(), p);
            String what = p.event(met.type());
            gap(sb);
            (state == DeadlineState.MET ? (late ? p.metLate : p.met) : p.tooLate)
                    .render(sb, n -> "date".equals(n) ? when : "event".equals(n) ? what : null);
            return;
        }
        if (state == DeadlineState.OPEN) {
            return;
        }
        StringBuilder what = new StringBuilder();
        for (EventType t : rule.metBy().events()) {
            if (what.length() > 0) {
                what.append(" / ");
            }
            what.append(p.event(t));
        }
        gap(sb);
        p.missed.render(sb, n -> "event".equals(n) ? what : null);
    }

    private StringBuilder gap(StringBuilder sb) {
        return english ? sb.append(' ') : sb;
    }
}

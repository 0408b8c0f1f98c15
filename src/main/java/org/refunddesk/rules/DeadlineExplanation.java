package org.refunddesk.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.EventType;

/**
 * What a deadline's explanation needs, captured while planning (a few references, no text) and
 * written only when {@link org.refunddesk.domain.Deadline#explanation()} is first called: planning
 * 100,000 cases costs a fraction of writing their 80 million characters, and lists show few of them.
 * Immutable, and the words depend only on what is captured here, so the text is the same whenever it
 * is written.
 */
final class DeadlineExplanation implements Supplier<String> {
    private final Narrator narrator;
    private final DeadlineRule rule;
    /** The counted period, or null for a demand letter that names its own deadline. */
    private final DateCounter.Count count;
    private final Instant dueAt;
    private final Start start;
    private final List<LimitationNote> notes;
    private final boolean restarted;
    private final Variant variant;
    private final CaseEvent met;
    private final DeadlineState state;

    private DeadlineExplanation(Narrator narrator, DeadlineRule rule, DateCounter.Count count, Instant dueAt, Start start,
                                List<LimitationNote> notes, boolean restarted, Variant variant, CaseEvent met,
                                DeadlineState state) {
        this.narrator = narrator;
        this.rule = rule;
        this.count = count;
        this.dueAt = dueAt;
        this.start = start;
        this.notes = notes;
        this.restarted = restarted;
        this.variant = variant;
        this.met = met;
        this.state = state;
    }

    /** A deadline counted on the calendar; {@code notes} are limitation restarts (or refusals to restart) on the way. */
    static DeadlineExplanation counted(Narrator narrator, DeadlineRule rule, DateCounter.Count count, Start start,
                                       List<LimitationNote> notes, boolean restarted, Variant variant, CaseEvent met,
                                       DeadlineState state) {
        return new DeadlineExplanation(narrator, rule, count, count.dueAt(), start, notes, restarted, variant, met, state);
    }

    /** A demand letter that names its own deadline. */
    static DeadlineExplanation given(Narrator narrator, DeadlineRule rule, CaseEvent demand, CaseEvent met,
                                     DeadlineState state) {
        return new DeadlineExplanation(narrator, rule, null, demand.deadlineAt(), Start.of(demand), List.of(), false,
                Variant.NONE, met, state);
    }

    @Override
    public String get() {
        Phrases p = narrator.phrases();
        boolean english = p.english;
        String startText = start.text(narrator);
        String countText;
        String dueText;
        int length;
        if (count == null) {
            countText = narrator.givenDeadline(dueAt);
            dueText = narrator.dueAt(dueAt);
            length = rule.length();
        } else {
            countText = narrator.count(count, noteTexts(p), restarted);
            dueText = narrator.due(count);
            length = count.length();
        }
        String variantText = variant.text(p);
        StringBuilder sb = new StringBuilder(256);
        rule.explanation().template(english).render(sb, name -> switch (name) {
            case "start" -> startText;
            case "count" -> countText;
            case "due" -> dueText;
            case "length" -> String.valueOf(length);
            case "variant" -> variantText;
            default -> "";
        });
        stateText(sb, p);
        String estimateText = count == null ? null : narrator.estimate(count);
        if (estimateText != null) {
            gap(sb, p).append(estimateText);
        }
        return sb.toString();
    }

    private List<String> noteTexts(Phrases p) {
        if (notes.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(notes.size());
        for (LimitationNote n : notes) {
            texts.add(narrator.eventNote(n.said(), n.event(), n.why()));
        }
        return texts;
    }

    private void stateText(StringBuilder sb, Phrases p) {
        if (met != null) {
            boolean late = met.at().isAfter(dueAt);
            String when = DateText.dateTime(met.at(), p);
            String what = p.event(met.type());
            gap(sb, p);
            (state == DeadlineState.MET ? (late ? p.metLate : p.met) : p.tooLate)
                    .render(sb, n -> "date".equals(n) ? when : "event".equals(n) ? what : null);
            return;
        }
        if (state == DeadlineState.OPEN) {
            return;
        }
        if (rule.restart() != null) {
            gap(sb, p).append(p.limitationExpired);
            return;
        }
        StringBuilder what = new StringBuilder();
        for (EventType t : rule.metBy().events()) {
            if (what.length() > 0) {
                what.append(" / ");
            }
            what.append(p.event(t));
        }
        gap(sb, p);
        p.missed.render(sb, n -> "event".equals(n) ? what : null);
    }

    private static StringBuilder gap(StringBuilder sb, Phrases p) {
        return p.english ? sb.append(' ') : sb;
    }

    /** What started the clock: a case field (its label) or an event (named with its channel), and when. */
    record Start(String fieldLabel, CaseEvent event, Instant at) {
        static Start of(CaseEvent event) {
            return new Start(null, event, event.at());
        }

        static Start field(String label, Instant at) {
            return new Start(label, null, at);
        }

        String text(Narrator narrator) {
            return narrator.start(event == null ? fieldLabel : narrator.phrases().eventLabel(event), at);
        }
    }

    /**
     * A limitation event on the way: a restart, an event that does not restart it, one too late, or a
     * voided one; {@code why} is the reason in words (null when the template says it all).
     */
    record LimitationNote(Template said, CaseEvent event, String why) {
    }

    /**
     * Which case the period length was chosen for, named in the text: a rule-book variant key
     * (platform terms, product state), a payment channel, or nothing.
     */
    record Variant(String key, Enum<?> named) {
        static final Variant NONE = new Variant(null, null);
        static final Variant UNKNOWN_PAYMENT = key("UNKNOWN_PAYMENT");
        static final Variant PLATFORM_TERMS = key("PLATFORM_TERMS");
        static final Variant UNACTIVATED_DATA_PACKAGE = key("UNACTIVATED_DATA_PACKAGE");
        static final Variant DEFAULT_WINDOW = key("DEFAULT_WINDOW");

        static Variant key(String key) {
            return new Variant(key, null);
        }

        static Variant named(Enum<?> value) {
            return new Variant(null, value);
        }

        String text(Phrases p) {
            if (named != null) {
                return p.of(named);
            }
            return key == null ? "" : p.variant(key);
        }
    }
}

package org.refunddesk.rules.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.ChannelFit;
import org.refunddesk.rules.escalation.Claims;
import org.refunddesk.rules.escalation.ClaimsSource;
import org.refunddesk.rules.escalation.LadderBook;
import org.refunddesk.rules.escalation.LadderStep;
import org.refunddesk.rules.escalation.NextStepAfter;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.i18n.Messages;

/**
 * Drafts a channel's letter from a case (DOMAIN.md §6, §9) on one rule: every sentence is backed by a
 * field or an event of the case, or it is not written. The case becomes a {@link FactSheet}; each
 * template sentence declares the facts it needs and is left out without them, or, where the recipient
 * requires the fact, shows a visible blank. The deadline the letter asks for is counted on the
 * working-day calendar; the next step named is one that fits the case.
 */
public final class LetterDrafter {
    private final LadderBook ladder;
    private final LetterResources resources;
    private final DeadlineDateCalculator calendar;
    private final ClaimsSource claims;
    private final ChannelFit fit;

    public LetterDrafter(LadderBook ladder, LetterResources resources, DeadlineDateCalculator calendar,
                         ClaimsSource claims) {
        this(ladder, resources, calendar, claims, null);
    }

    public LetterDrafter(LadderBook ladder, LetterResources resources, DeadlineDateCalculator calendar,
                         ClaimsSource claims, ChannelFit fit) {
        this.ladder = ladder;
        this.resources = resources;
        this.calendar = calendar;
        this.claims = claims;
        this.fit = fit;
    }

    public Letter draft(RefundCase c, LetterRequest request) {
        return traced(c, request).letter();
    }

    /** A draft and the fact sheet it was written from (tests trace every sentence back to it). */
    public record Traced(Letter letter, FactSheet facts) {
    }

    public Traced traced(RefundCase c, LetterRequest request) {
        Locale locale = request.locale();
        Messages messages = new Messages(locale);
        LadderStep step = ladder.step(request.channel());
        DeadlineDateCalculator.DueDate due = calendar.afterCalendarDays(request.now(), request.deadlineDays());
        FactSheet sheet = factSheet(c, request, due);
        Function<Fact, String> blank = blankLabel(messages);

        LetterTemplate.Filled filled = resources.template(step.template(), locale).fill(sheet, blank);
        List<LetterSection> sections = new ArrayList<>();
        List<DraftSentence> sentences = new ArrayList<>();
        if (filled.title() != null) {
            sentences.add(filled.title());
        }
        for (LetterTemplate.Filled.Section s : filled.sections()) {
            LetterSection section = s.toLetterSection();
            if ("facts".equals(s.id()) && request.factsOverride() != null) {
                section = section.withBody(request.factsOverride()); // the user's own words, as edited
            } else {
                sentences.addAll(s.sentences());
            }
            sections.add(section);
        }
        List<String> blanks = sentences.stream().flatMap(s -> s.blanks().stream()).distinct()
                .map(f -> blankLabel(messages).apply(f)).toList();
        List<String> sources = step.basis().stream().map(b -> b.text(locale)).toList();
        String banner = messages.get("escalation.letter.banner")
                + (due.estimate() ? messages.get("escalation.letter.estimate") : "");
        return new Traced(new Letter(request.channel(), locale, banner, filled.title() == null ? "" : filled.title().text(),
                sections, due.lastDay(), due.estimate(), messages.get("escalation.letter.sources"), sources,
                messages.get("escalation.letter.heading"), sentences, blanks, List.of(), null), sheet);
    }

    /** The fact sheet a draft for this request is written from (tests trace every sentence back to it). */
    public FactSheet factSheet(RefundCase c, LetterRequest request) {
        return factSheet(c, request, calendar.afterCalendarDays(request.now(), request.deadlineDays()));
    }

    private FactSheet factSheet(RefundCase c, LetterRequest request, DeadlineDateCalculator.DueDate due) {
        Messages messages = new Messages(request.locale());
        Claims claim = claims.claims(c, request.now());
        String nextStep = NextStepAfter.of(ladder, c, request.channel(),
                        ch -> fit == null || fit.refusals(c, ch, request.now(), false).isEmpty())
                .map(messages::of).orElse(messages.get("escalation.letter.next.none"));
        FactSheet sheet = new FactSheetBuilder(resources).build(c, request, claim,
                ReasonText.DATE.format(due.lastDay()), nextStep);
        Function<Fact, String> blank = blankLabel(messages);
        sheet.block(Fact.DEMAND, LetterTemplate.render(resources.demandLines(request.locale()), sheet, blank));
        sheet.block(Fact.FACTS, LetterTemplate.render(resources.factsLines(request.locale()), sheet, blank));
        return sheet;
    }

    /** The shared facts section for the case (the same on every channel but a public post, which masks numbers). */
    public String facts(RefundCase c, LetterRequest request) {
        return String.join("\n", factSheet(c, request).block(Fact.FACTS).stream().map(DraftSentence::text).toList());
    }

    private static Function<Fact, String> blankLabel(Messages messages) {
        return f -> messages.get("letters.blank", messages.get("letters.fact." + f.key()));
    }
}

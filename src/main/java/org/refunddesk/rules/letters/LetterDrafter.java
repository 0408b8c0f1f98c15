package org.refunddesk.rules.letters;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.Claims;
import org.refunddesk.rules.escalation.ClaimsSource;
import org.refunddesk.rules.escalation.LadderBook;
import org.refunddesk.rules.escalation.LadderStep;
import org.refunddesk.rules.escalation.NextStepAfter;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.i18n.Messages;

/**
 * Fills a channel's letter template from a case (DOMAIN.md §6): facts, the citations that fit the
 * problem kind, the demand (refund; punitive claim where it applies), a deadline date on the
 * working-day calendar and the lawful next step. The facts come from one shared template, so they
 * read the same on every channel unless the user edits them.
 */
public final class LetterDrafter {
    private final LadderBook ladder;
    private final LetterResources resources;
    private final DeadlineDateCalculator calendar;
    private final ClaimsSource claims;

    public LetterDrafter(LadderBook ladder, LetterResources resources, DeadlineDateCalculator calendar,
                         ClaimsSource claims) {
        this.ladder = ladder;
        this.resources = resources;
        this.calendar = calendar;
        this.claims = claims;
    }

    public Letter draft(RefundCase c, LetterRequest request) {
        Locale locale = request.locale();
        Messages messages = new Messages(locale);
        LadderStep step = ladder.step(request.channel());
        DeadlineDateCalculator.DueDate due = calendar.afterCalendarDays(request.now(), request.deadlineDays());
        String missing = messages.get("escalation.letter.missing");

        Map<String, String> values = caseValues(c, messages, locale, request);
        values.put("facts", request.factsOverride() != null ? request.factsOverride()
                : facts(locale, values, missing));
        values.put("basis", basis(c.problem() == null ? null : c.problem().kind(), locale));
        values.put("deadline", ReasonText.DATE.format(due.lastDay()));
        values.put("recipient", messages.of(request.channel()));
        values.put("nextStep", NextStepAfter.of(ladder, c, request.channel())
                .map(messages::of).orElse(messages.get("escalation.letter.next.none")));

        LetterTemplate template = resources.template(step.template(), locale);
        LetterTemplate.Filled filled = template.fill(values, missing);
        List<String> sources = step.basis().stream().map(b -> b.text(locale)).toList();
        String banner = messages.get("escalation.letter.banner")
                + (due.estimate() ? messages.get("escalation.letter.estimate") : "");
        return new Letter(request.channel(), locale, banner, filled.title(), filled.sections(), due.lastDay(),
                due.estimate(), messages.get("escalation.letter.sources"), sources,
                messages.get("escalation.letter.heading"));
    }

    /** The shared facts section for the case (identical on every channel). */
    public String facts(RefundCase c, LetterRequest request) {
        Messages messages = new Messages(request.locale());
        String missing = messages.get("escalation.letter.missing");
        return facts(request.locale(), caseValues(c, messages, request.locale(), request), missing);
    }

    private String facts(Locale locale, Map<String, String> values, String missing) {
        return LetterTemplate.fillText("facts", resources.factsTemplate(locale), values, missing);
    }

    private Map<String, String> caseValues(RefundCase c, Messages messages, Locale locale, LetterRequest request) {
        Map<String, String> v = new HashMap<>();
        v.put("consumerName", c.consumer().name());
        v.put("consumerPhone", c.consumer().phone());
        v.put("consumerAddress", c.consumer().address());
        v.put("platformName", c.platform() == null ? null : c.platform().name());
        v.put("platformUrl", c.platform() == null ? null : c.platform().url());
        v.put("platformAddress", c.platform() == null ? null : c.platform().registeredAddress());
        var p = c.purchase();
        v.put("orderNo", p == null ? null : p.orderNo());
        v.put("amount", p == null || p.amount() == null ? null : Money.format(p.amount()));
        v.put("paidAt", p == null || p.paidAt() == null ? null : dateTime(p.paidAt()));
        v.put("product", p == null ? null : messages.of(p.product()));
        v.put("paymentChannel", p == null ? null : messages.of(p.payment()));
        v.put("paymentRef", p == null ? null : p.paymentRef());
        v.put("targetAccount", p == null ? null : p.targetAccount());
        v.put("advertisedValidity", p == null ? null : p.advertisedValidity());
        ProblemKind kind = c.problem() == null ? null : c.problem().kind();
        v.put("discoveredAt", c.problem() == null || c.problem().discoveredAt() == null ? null
                : dateTime(c.problem().discoveredAt()));
        v.put("problem", messages.of(kind));
        v.put("problemStatement", kind == null ? null : resources.problem(kind).statement().text(locale));
        v.put("evidence", evidence(kind, locale, request.evidence()));
        Claims claim = claims.claims(c);
        v.put("refund", Money.format(claim.refund()));
        v.put("punitive", claim.punitive() == null ? null : Money.format(claim.punitive()));
        v.put("total", Money.format(claim.total()));
        v.put("courtFee", Money.format(claim.courtFee()));
        return v;
    }

    private String evidence(ProblemKind kind, Locale locale, List<String> given) {
        List<String> items = given != null ? given : kind == null ? List.of()
                : resources.problem(kind).evidence().getOrDefault("en".equals(locale.getLanguage()) ? "en" : "zh", List.of());
        return items.stream().map(i -> "- " + i).collect(Collectors.joining("\n"));
    }

    private String basis(ProblemKind kind, Locale locale) {
        if (kind == null) {
            return null;
        }
        return resources.citations(kind).stream().map(c -> c.text(locale)).map(t -> "- " + t)
                .collect(Collectors.joining("\n"));
    }

    private static String dateTime(Instant i) {
        return ReasonText.DATE_TIME.format(i.atZone(ReasonText.SHANGHAI));
    }
}

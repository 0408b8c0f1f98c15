package org.refunddesk.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/**
 * Every deadline of a case at "now", per the rule book's deadline rules (issue 3's table): which rule,
 * from when, due when, its state, the basis, whether the calendar was estimated, and the arithmetic in
 * words. Pure: the case, "now", the rule book and the calendar are inputs. Voided events don't count,
 * nor do events after "now" (they haven't happened yet at that moment).
 */
public final class DeadlinePlanner {
    private static final Comparator<Deadline> BY_DUE = Comparator.comparing(Deadline::dueAt).thenComparing(Deadline::rule);

    private DeadlinePlanner() {
    }

    public static List<Deadline> plan(RefundCase refundCase, Instant now, RuleBook ruleBook, WorkingDayCalendar calendar,
                                      Messages messages) {
        return plan(refundCase, now, ruleBook, calendar, messages, true);
    }

    /**
     * The same deadlines, due instants, states, bases and estimate flags, but with empty explanations:
     * for lists, agendas and reminders over many cases, which show a deadline's explanation only on demand
     * (then call {@link #plan}).
     */
    public static List<Deadline> planWithoutExplanations(RefundCase refundCase, Instant now, RuleBook ruleBook,
                                                         WorkingDayCalendar calendar, Messages messages) {
        return plan(refundCase, now, ruleBook, calendar, messages, false);
    }

    private static List<Deadline> plan(RefundCase refundCase, Instant now, RuleBook ruleBook, WorkingDayCalendar calendar,
                                       Messages messages, boolean explain) {
        PlanContext ctx = new PlanContext(refundCase, now, new DateCounter(calendar),
                new Narrator(Phrases.of(messages), calendar), explain);
        List<Deadline> out = new ArrayList<>();
        for (DeadlineRule rule : ruleBook.deadlineRules()) {
            if (rule.restart() != null) {
                LimitationClock.plan(rule, ctx, out);
            } else if (rule.start().event() != null) {
                planFromEvents(rule, ctx, out);
            } else {
                planFromPurchase(rule, ctx, out);
            }
        }
        out.sort(BY_DUE);
        return out;
    }

    private static void planFromPurchase(DeadlineRule rule, PlanContext ctx, List<Deadline> out) {
        Purchase purchase = ctx.refundCase.purchase();
        DeadlineRule.Start start = rule.start();
        if (start.onlyFor() != null && (purchase.delivery() == null || !purchase.delivery().name().equals(start.onlyFor()))) {
            return;
        }
        Instant from = ctx.field(start.from());
        String label = ctx.fieldLabel(start.from());
        if (from == null && start.fallback() != null) {
            from = ctx.field(start.fallback());
            label = ctx.fieldLabel(start.fallback());
        }
        if (from == null) {
            return;
        }
        String[] variant = new String[1];
        int length = windowLength(rule, ctx.refundCase, variant);
        DateCounter.Count count = ctx.counter.count(from, length, rule.unit());
        CaseEvent met = ctx.firstAfter(from, rule.metBy().events(), null);
        out.add(ctx.deadline(rule, count, DeadlineExplanation.Start.field(label, from),
                variant[0].isEmpty() ? DeadlineExplanation.Variant.NONE : DeadlineExplanation.Variant.key(variant[0]), met, null));
    }

    /** The platform window: the case's own platform terms, else by product state (issue 3's table). */
    private static int windowLength(DeadlineRule rule, RefundCase c, String[] variant) {
        Problem problem = c.problem();
        if (rule.lengthBy().isEmpty()) {
            variant[0] = "";
            return rule.length();
        }
        if (problem != null && problem.refundWindowHours() != null && problem.refundWindowHours() > 0) {
            variant[0] = "PLATFORM_TERMS";
            return problem.refundWindowHours();
        }
        boolean unactivatedDataPackage = c.purchase().product() == ProductType.DATA_PACKAGE
                && (problem == null || !problem.activated());
        variant[0] = unactivatedDataPackage ? "UNACTIVATED_DATA_PACKAGE" : "DEFAULT_WINDOW";
        return rule.lengthFor(variant[0]);
    }

    private static void planFromEvents(DeadlineRule rule, PlanContext ctx, List<Deadline> out) {
        DeadlineRule.Start start = rule.start();
        if (!ctx.has(start.event())) {
            return;
        }
        List<CaseEvent> starts = new ArrayList<>(2);
        for (CaseEvent e : ctx.events) {
            if (e.type() == start.event() && (start.channel() == null || start.channel() == e.channel())) {
                starts.add(e);
            }
        }
        if (starts.isEmpty()) {
            return;
        }
        if (start.occurrence() == DeadlineRule.Occurrence.LATEST) {
            starts = List.of(starts.get(starts.size() - 1));
        }
        for (CaseEvent s : starts) {
            CaseEvent met = ctx.firstAfter(s.at(), rule.metBy().events(), rule.metBy().sameChannel() ? s : null);
            if (s.type() == EventType.DEMAND_SENT && s.deadlineAt() != null) {
                out.add(ctx.givenDeadline(rule, s, met));
                continue;
            }
            DeadlineExplanation.Variant variant = DeadlineExplanation.Variant.NONE;
            int length = rule.length();
            if (!rule.lengthBy().isEmpty()) {
                var payment = ctx.refundCase.purchase().payment();
                length = rule.lengthFor(payment == null ? null : payment.name());
                variant = payment == null ? DeadlineExplanation.Variant.key("UNKNOWN_PAYMENT")
                        : DeadlineExplanation.Variant.named(payment);
            }
            DateCounter.Count count = ctx.counter.count(s.at(), length, rule.unit());
            out.add(ctx.deadline(rule, count, DeadlineExplanation.Start.of(s), variant, met, s.id()));
        }
    }
}

package org.refunddesk.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/**
 * Every deadline of a case at "now", per the rule book's deadline rules (issue 3's table): which rule,
 * from when, due when, its state, the basis, whether the calendar was estimated, and the arithmetic in
 * words (written when first read). Pure: the case, "now", the rule book and the calendar are inputs.
 * Voided events don't count, nor do events after "now" (they haven't happened yet at that moment).
 */
public final class DeadlinePlanner {
    private DeadlinePlanner() {
    }

    /** The deadlines by due instant (then rule id); each explanation is written when first asked for. */
    public static List<Deadline> plan(RefundCase refundCase, Instant now, RuleBook ruleBook, WorkingDayCalendar calendar,
                                      Messages messages) {
        return plan(refundCase, now, ruleBook, calendar, messages, true);
    }

    /**
     * The same deadlines, due instants, states, bases and estimate flags, but with empty explanations.
     * Kept for callers that want no text at all; {@link #plan} costs about the same now that it
     * writes explanations only on demand.
     */
    public static List<Deadline> planWithoutExplanations(RefundCase refundCase, Instant now, RuleBook ruleBook,
                                                         WorkingDayCalendar calendar, Messages messages) {
        return plan(refundCase, now, ruleBook, calendar, messages, false);
    }

    private static List<Deadline> plan(RefundCase refundCase, Instant now, RuleBook ruleBook, WorkingDayCalendar calendar,
                                       Messages messages, boolean explain) {
        PlanContext ctx = new PlanContext(refundCase, now, calendar, Phrases.of(messages), explain);
        List<Deadline> out = new ArrayList<>(8);
        List<PlanningRule> rules = ruleBook.planningRules();
        // indexed loops here and over events: iterators of immutable lists were a large share of the garbage
        for (int r = 0; r < rules.size(); r++) {
            PlanningRule rule = rules.get(r);
            if (rule.rule.restart() != null) {
                LimitationClock.plan(rule, ctx, out);
            } else if (rule.rule.start().event() != null) {
                planFromEvents(rule, ctx, out);
            } else {
                planFromPurchase(rule, ctx, out);
            }
        }
        sortByDue(out);
        return out;
    }

    /** By due instant, then rule id. Insertion sort: a case has a handful of deadlines, mostly near order already. */
    private static void sortByDue(List<Deadline> out) {
        for (int i = 1; i < out.size(); i++) {
            Deadline d = out.get(i);
            int j = i - 1;
            while (j >= 0 && before(d, out.get(j))) {
                out.set(j + 1, out.get(j));
                j--;
            }
            out.set(j + 1, d);
        }
    }

    private static boolean before(Deadline a, Deadline b) {
        int c = a.dueAt().compareTo(b.dueAt());
        return c < 0 || (c == 0 && a.rule().compareTo(b.rule()) < 0);
    }

    private static void planFromPurchase(PlanningRule rule, PlanContext ctx, List<Deadline> out) {
        Purchase purchase = ctx.refundCase.purchase();
        DeadlineRule.Start start = rule.rule.start();
        if (rule.onlyFor != null && purchase.delivery() != rule.onlyFor) {
            return;
        }
        if (!applies(rule.rule.id(), ctx.refundCase)) {
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
        DeadlineExplanation.Variant variant = windowVariant(rule.rule, ctx.refundCase);
        int length = windowLength(rule.rule, ctx.refundCase, variant);
        DateCounter.Count count = ctx.counter.count(from, length, rule.rule.unit());
        CaseEvent met = ctx.firstAfter(from, rule, null);
        out.add(ctx.deadline(rule.rule, count, DeadlineExplanation.Start.field(label, from), variant, met, null));
    }

    /**
     * Clocks that cannot apply to this case are not planned, so they never show as missed (issue 11 §2):
     * no arrival check for credit that arrived (every problem but non-delivery presumes it; used, activated or
     * extracted), no platform window on a platform that is gone or for a payment that never reached it.
     */
    private static boolean applies(String ruleId, RefundCase c) {
        Problem problem = c.problem();
        if (problem == null) {
            return true;
        }
        return switch (ruleId) {
            case "ARRIVAL_CHECK" -> problem.kind() == ProblemKind.NOT_DELIVERED && !problem.used() && !problem.activated() && !problem.cardKeyExtracted();
            case "PLATFORM_REFUND_WINDOW" -> problem.kind() != ProblemKind.PAYMENT_NOT_RECEIVED
                    && problem.kind() != ProblemKind.PLATFORM_GONE
                    && (c.platform() == null || c.platform().status() != PlatformStatus.GONE);
            default -> true;
        };
    }

    /**
     * The platform window: the case's own platform terms, else by product state. 72 hours only for an
     * unactivated data package bought twice or the wrong one; a package that never arrived has the
     * 24-hour not-arrived window like phone credit (DOMAIN.md §9).
     */
    private static DeadlineExplanation.Variant windowVariant(DeadlineRule rule, RefundCase c) {
        Problem problem = c.problem();
        if (rule.lengthBy().isEmpty()) {
            return DeadlineExplanation.Variant.NONE;
        }
        if (problem != null && problem.refundWindowHours() != null && problem.refundWindowHours() > 0) {
            return DeadlineExplanation.Variant.PLATFORM_TERMS;
        }
        boolean unactivatedDataPackage = c.purchase().product() == ProductType.DATA_PACKAGE
                && problem != null && !problem.activated() && !problem.used()
                && (problem.kind() == ProblemKind.DUPLICATE_PURCHASE || problem.kind() == ProblemKind.WRONG_PACKAGE);
        return unactivatedDataPackage ? DeadlineExplanation.Variant.UNACTIVATED_DATA_PACKAGE
                : DeadlineExplanation.Variant.DEFAULT_WINDOW;
    }

    private static int windowLength(DeadlineRule rule, RefundCase c, DeadlineExplanation.Variant variant) {
        if (variant == DeadlineExplanation.Variant.NONE) {
            return rule.length();
        }
        if (variant == DeadlineExplanation.Variant.PLATFORM_TERMS) {
            return c.problem().refundWindowHours();
        }
        return rule.lengthFor(variant.key());
    }

    private static void planFromEvents(PlanningRule rule, PlanContext ctx, List<Deadline> out) {
        DeadlineRule.Start start = rule.rule.start();
        if (!ctx.has(start.event())) {
            return;
        }
        List<CaseEvent> events = ctx.events;
        if (start.occurrence() == DeadlineRule.Occurrence.LATEST) {
            for (int i = events.size() - 1; i >= 0; i--) {
                if (starts(start, events.get(i))) {
                    planOne(rule, events.get(i), ctx, out);
                    return;
                }
            }
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (starts(start, e)) {
                planOne(rule, e, ctx, out);
            }
        }
    }

    private static boolean starts(DeadlineRule.Start start, CaseEvent e) {
        return e.type() == start.event() && (start.channel() == null || start.channel() == e.channel());
    }

    private static void planOne(PlanningRule rule, CaseEvent s, PlanContext ctx, List<Deadline> out) {
        CaseEvent met = ctx.firstAfter(s.at(), rule, rule.rule.metBy().sameChannel() ? s : null);
        if (s.type() == EventType.DEMAND_SENT && s.deadlineAt() != null) {
            out.add(ctx.givenDeadline(rule.rule, s, met));
            return;
        }
        DeadlineExplanation.Variant variant = DeadlineExplanation.Variant.NONE;
        int length = rule.rule.length();
        if (!rule.rule.lengthBy().isEmpty()) {
            PaymentChannel payment = ctx.refundCase.purchase().payment();
            length = rule.lengthFor(payment);
            variant = rule.variantFor(payment);
        }
        DateCounter.Count count = ctx.counter.count(s.at(), length, rule.rule.unit());
        out.add(ctx.deadline(rule.rule, count, DeadlineExplanation.Start.of(s), variant, met, s.id()));
    }
}

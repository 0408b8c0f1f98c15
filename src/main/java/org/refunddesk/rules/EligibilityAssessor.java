package org.refunddesk.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Responsible;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.i18n.Messages;

/**
 * Whether a case is refundable at "now", who is responsible, on what basis, which routes are open and
 * what can be claimed (DOMAIN.md §2, §7). The verdict comes from the rule book's verdict rules (first
 * that fits); a limitation period that has run out makes any case UNLIKELY. Pure and deterministic.
 */
public final class EligibilityAssessor {
    static final String FRAUD_FLAG = "FRAUD_THRESHOLD";

    private EligibilityAssessor() {
    }

    public static Assessment assess(RefundCase c, Instant now, RuleBook book, WorkingDayCalendar calendar,
                                    Messages messages) {
        List<Deadline> deadlines = DeadlinePlanner.plan(c, now, book, calendar, messages);
        boolean english = messages.english();
        Phrases p = Phrases.of(messages);
        ClaimFigures figures = book.claims();
        Problem problem = c.problem();
        ProblemKind kind = problem.kind();
        BigDecimal amount = c.purchase().amount();
        Deadline window = find(deadlines, "PLATFORM_REFUND_WINDOW");
        Deadline limitation = find(deadlines, "LIMITATION_PERIOD");
        BigDecimal punitive = kind == ProblemKind.FALSE_ADVERTISING ? ClaimCalculator.punitive(amount, figures) : null;
        BigDecimal refund = amount.subtract(Refunds.received(effectiveUntil(c, now), amount)).max(Money.ZERO);
        BigDecimal claimTotal = punitive == null ? refund : refund.add(punitive);
        BigDecimal fee = ClaimCalculator.smallClaimsCourtFee(claimTotal, figures);
        boolean platformGone = kind == ProblemKind.PLATFORM_GONE
                || (c.platform() != null && c.platform().status() == PlatformStatus.GONE);
        boolean fraudSized = platformGone && amount.compareTo(figures.fraudLow()) >= 0;

        Map<String, String> values = Map.of(
                "amount", Money.format(amount),
                "punitive", punitive == null ? "" : Money.format(punitive),
                "multiplier", figures.punitiveMultiplier().toPlainString(),
                "minimum", Money.format(figures.punitiveMinimum()),
                "low", plain(figures.fraudLow()),
                "high", plain(figures.fraudHigh()),
                "limitationDue", limitation == null ? "" : DateText.full(ShanghaiTime.epochDay(limitation.dueAt()) - 1, p),
                "claim", Money.format(claimTotal),
                "fee", Money.format(fee),
                "smallAmount", Money.format(figures.smallAmount()));
        Function<String, String> fill = name -> "windowDue".equals(name)
                ? (window == null ? "" : DateText.dateTime(window.dueAt(), p)) : values.get(name);

        VerdictRule rule = chooseRule(book, problem, window);
        Verdict verdict = rule.verdict();
        List<Assessment.Reason> reasons = new ArrayList<>();
        reasons.add(new Assessment.Reason(rule.id(), rule.basis().in(english), rule.text().template(english).render(fill)));
        String routeSet = rule.routes();
        if (platformGone && rule.responsible() == Responsible.PLATFORM && !book.routes("PLATFORM_GONE").isEmpty()) {
            routeSet = "PLATFORM_GONE";
        }
        if (rule.responsible() == Responsible.PLATFORM) {
            reasons.add(reason(book, "UNFAIR_CLAUSE", english, fill));
        }
        if (punitive != null) {
            reasons.add(reason(book, "PUNITIVE_CLAIM", english, fill));
        }
        List<Assessment.Flag> flags = new ArrayList<>();
        for (RedFlag flag : c.redFlags()) {
            flags.add(new Assessment.Flag(flag.name(), messages.of(flag)));
        }
        if (fraudSized) {
            Assessment.Reason fraud = reason(book, "FRAUD_THRESHOLD", english, fill);
            reasons.add(fraud);
            flags.add(new Assessment.Flag(FRAUD_FLAG, fraud.text()));
        }
        if (limitation != null && limitation.state() == DeadlineState.MISSED) {
            verdict = Verdict.UNLIKELY;
            reasons.add(0, reason(book, "LIMITATION_EXPIRED", english, fill));
            routeSet = RuleBookParser.EXPIRED_ROUTES;
        }
        List<Assessment.Route> routes = routes(book, routeSet, fraudSized, english, fill);
        if (routes.stream().anyMatch(r -> r.channel() == Channel.SMALL_CLAIMS_COURT)) {
            reasons.add(reason(book, "SMALL_CLAIMS_FEE", english, fill));
        }
        if (amount.compareTo(figures.smallAmount()) <= 0) {
            reasons.add(reason(book, "SMALL_AMOUNT", english, fill));
        }
        return new Assessment(book.version(), verdict, rule.responsible(), reasons, flags, routes,
                new Assessment.Claims(refund, punitive, fee), deadlines);
    }

    private static VerdictRule chooseRule(RuleBook book, Problem problem, Deadline window) {
        for (VerdictRule r : book.verdictRules()) {
            if (r.problemKinds().contains(problem.kind()) && r.when().stream().allMatch(w -> holds(w, problem, window))) {
                return r;
            }
        }
        throw new IllegalStateException("no verdict rule for " + problem.kind()); // the parser guarantees one
    }

    private static boolean holds(VerdictRule.Condition condition, Problem problem, Deadline window) {
        return switch (condition) {
            case USED -> problem.used() || problem.activated();
            case UNUSED -> !problem.used() && !problem.activated() && !problem.cardKeyExtracted();
            case IN_PLATFORM_WINDOW -> window != null && window.state() != DeadlineState.MISSED;
            case REORDERED -> problem.reordered();
            case KEY_EXTRACTED -> problem.cardKeyExtracted();
            case FEE_DISCLOSED -> Boolean.TRUE.equals(problem.feeDisclosed());
            case FEE_NOT_DISCLOSED -> Boolean.FALSE.equals(problem.feeDisclosed());
        };
    }

    private static List<Assessment.Route> routes(RuleBook book, String set, boolean fraudSized, boolean english,
                                                 Function<String, String> fill) {
        List<Assessment.Route> routes = new ArrayList<>();
        for (Channel channel : book.routes(set)) {
            // the police route is for amounts at or above the fraud threshold (issue 3)
            if (channel == Channel.POLICE && !fraudSized) {
                continue;
            }
            String text = book.routeText(channel).map(t -> t.template(english).render(fill)).orElse(channel.name());
            routes.add(new Assessment.Route(channel, text));
        }
        return routes;
    }

    private static Assessment.Reason reason(RuleBook book, String id, boolean english, Function<String, String> fill) {
        RuleBook.ReasonRule r = book.reason(id);
        return new Assessment.Reason(id, r.basis().in(english), r.text().template(english).render(fill));
    }

    private static Deadline find(List<Deadline> deadlines, String rule) {
        for (Deadline d : deadlines) {
            if (d.rule().equals(rule)) {
                return d;
            }
        }
        return null;
    }

    private static List<org.refunddesk.domain.CaseEvent> effectiveUntil(RefundCase c, Instant now) {
        return c.effectiveEvents().stream().filter(e -> e.at() != null && !e.at().isAfter(now)).toList();
    }

    /** "3,000" reads better than "3000.00" for a legal threshold. */
    private static String plain(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,d", v.longValue());
    }
}

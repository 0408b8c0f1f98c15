package org.refunddesk.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.PlatformModel;
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
        ClaimsBuilder money = new ClaimsBuilder(c, now, figures);
        BigDecimal punitive = money.punitive;
        boolean platformGone = kind == ProblemKind.PLATFORM_GONE
                || (c.platform() != null && c.platform().status() == PlatformStatus.GONE);
        boolean fraudSized = platformGone && amount.compareTo(figures.fraudLow()) >= 0;
        boolean scamSigns = !c.redFlags().isEmpty();

        Map<String, String> values = new HashMap<>();
        values.put("amount", Money.format(amount));
        values.put("punitive", punitive == null ? "" : Money.format(punitive));
        values.put("multiplier", figures.punitiveMultiplier().toPlainString());
        values.put("minimum", Money.format(figures.punitiveMinimum()));
        values.put("low", plain(figures.fraudLow()));
        values.put("high", plain(figures.fraudHigh()));
        values.put("limitationDue", limitation == null ? "" : DateText.full(ShanghaiTime.epochDay(limitation.dueAt()) - 1, p));
        values.put("claim", Money.format(money.claimed));
        values.put("fee", Money.format(money.courtFee));
        values.put("smallAmount", Money.format(figures.smallAmount()));
        values.put("outstanding", Money.format(money.outstanding));
        values.put("received", Money.format(money.received));
        Function<String, String> fill = name -> "windowDue".equals(name)
                ? (window == null ? "" : DateText.dateTime(window.dueAt(), p)) : values.get(name);

        VerdictRule rule = chooseRule(book, problem, window);
        Verdict verdict = rule.verdict();
        List<Assessment.Reason> reasons = new ArrayList<>();
        reasons.add(new Assessment.Reason(rule.id(), rule.basis().in(english), rule.text().template(english).render(fill)));
        if (money.partlyRefunded()) {
            reasons.add(reason(book, "PARTLY_REFUNDED", english, fill));
        }
        String routeSet = rule.routes();
        if (platformGone && rule.responsible() == Responsible.PLATFORM && !book.routes("PLATFORM_GONE").isEmpty()) {
            routeSet = "PLATFORM_GONE";
        }
        if (rule.responsible() == Responsible.PLATFORM) {
            reasons.add(reason(book, "UNFAIR_CLAUSE", english, fill));
            // CRPL art. 44 binds a marketplace platform, never a self-operated one (it is the seller itself)
            if (c.platform() != null && c.platform().model() == PlatformModel.GUARANTEED) {
                reasons.add(reason(book, "MARKETPLACE_SELLER", english, fill));
            }
        }
        Assessment.ClaimLine interest = null;
        if (owesPrepayment(rule, kind) && money.outstanding.signum() > 0) {
            Assessment.Reason r = reason(book, "INTEREST_CLAIM", english, fill);
            interest = new Assessment.ClaimLine(r.text(), r.basis());
        }
        Assessment.Condition condition = null;
        if (punitive != null) {
            reasons.add(reason(book, "PUNITIVE_CLAIM", english, fill));
            Assessment.Reason r = reason(book, "PUNITIVE_CONDITION", english, fill);
            condition = new Assessment.Condition(r.text(), r.basis());
        }
        List<Assessment.Flag> flags = new ArrayList<>();
        for (RedFlag flag : c.redFlags()) {
            flags.add(new Assessment.Flag(flag.name(), messages.of(flag), p.flagAdvice(flag.name())));
        }
        if (fraudSized) {
            Assessment.Reason fraud = reason(book, "FRAUD_THRESHOLD", english, fill);
            reasons.add(fraud);
            flags.add(new Assessment.Flag(FRAUD_FLAG, fraud.text(), p.flagAdvice(FRAUD_FLAG)));
        }
        boolean expired = limitation != null && limitation.state() == DeadlineState.MISSED;
        boolean courtWasOpen = book.routes(routeSet).contains(Channel.SMALL_CLAIMS_COURT);
        if (expired) {
            verdict = Verdict.UNLIKELY;
            reasons.add(0, reason(book, "LIMITATION_EXPIRED", english, fill));
            routeSet = RuleBookParser.EXPIRED_ROUTES;
        }
        List<Assessment.Route> routes = routes(book, routeSet, fraudSized, english, fill);
        if (expired) {
            // a court stays open after the period ended where it was open before, with the warning about the
            // defence the business may raise (Civil Code 192-193: a court does not apply it of its own motion)
            String warning = reason(book, "EXPIRED_COURT", english, fill).text();
            routes.removeIf(r -> r.channel() == Channel.SMALL_CLAIMS_COURT && !courtWasOpen);
            routes.replaceAll(r -> r.channel() == Channel.SMALL_CLAIMS_COURT ? new Assessment.Route(r.channel(), warning) : r);
        }
        if (scamSigns && routes.stream().noneMatch(r -> r.channel() == Channel.POLICE)) {
            // scam signs go to the police whatever the amount (issue 11 §4)
            routes.add(new Assessment.Route(Channel.POLICE, reason(book, "SCAM_SIGNS", english, fill).text()));
        }
        if (routes.stream().anyMatch(r -> r.channel() == Channel.SMALL_CLAIMS_COURT)) {
            reasons.add(reason(book, "SMALL_CLAIMS_FEE", english, fill));
        }
        // the warning weighs the fee against what is actually claimed, after partial refunds
        if (money.outstanding.signum() > 0 && money.outstanding.compareTo(figures.smallAmount()) <= 0) {
            reasons.add(reason(book, "SMALL_AMOUNT", english, fill));
        }
        Instant knew = problem.discoveredAt() != null ? problem.discoveredAt() : c.purchase().paidAt();
        return new Assessment(book.version(), verdict, rule.responsible(), reasons, flags, routes,
                new Assessment.Claims(money.outstanding, punitive, money.courtFee, money.price, money.received, condition,
                        interest), deadlines, knew);
    }

    /**
     * CRPL art. 53: a prepayment for goods not supplied as agreed is refunded with interest and reasonable
     * costs. For verdicts holding the platform to its delivery; not for a deducted fee (its own question).
     */
    private static boolean owesPrepayment(VerdictRule rule, ProblemKind kind) {
        return rule.responsible() == Responsible.PLATFORM && kind != ProblemKind.FEE_DEDUCTED
                && rule.verdict() != Verdict.NOT_REFUNDABLE && rule.verdict() != Verdict.UNLIKELY;
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

    /** "3,000" reads better than "3000.00" for a legal threshold. */
    private static String plain(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,d", v.longValue());
    }
}

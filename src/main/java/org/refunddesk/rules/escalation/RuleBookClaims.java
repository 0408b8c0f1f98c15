package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.BiFunction;

import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.Assessment;
import org.refunddesk.rules.ClaimCalculator;
import org.refunddesk.rules.ClaimFigures;
import org.refunddesk.rules.EligibilityAssessor;
import org.refunddesk.rules.RuleBook;
import org.refunddesk.rules.Refunds;
import org.refunddesk.rules.WorkingDayCalendar;
import org.refunddesk.rules.i18n.Messages;

/**
 * A case's claims on the rule book's figures: the refund still owed (refunds received add up; one
 * without an amount is the full price), the conditional CRPL art. 55 punitive figure where the facts point to
 * fraud (as in the eligibility assessment), and the
 * small-claims court fee of that total (the rule engine's {@link ClaimCalculator}).
 */
public final class RuleBookClaims implements ClaimsSource {
    private final ClaimFigures figures;
    private final BiFunction<RefundCase, Instant, Assessment> assessor;

    /** Figures only: no interest line (no assessment to take it from). */
    public RuleBookClaims(ClaimFigures figures) {
        this(figures, null);
    }

    /** The rule book's figures, and its eligibility assessment for the CRPL art. 53 line. */
    public RuleBookClaims(RuleBook book, WorkingDayCalendar calendar) {
        this(book.claims(), assessor(book, calendar, new Messages(Messages.CHINESE)));
    }

    /** The figures, and the assessment ({@link #assessor}) the interest line is taken from. */
    public RuleBookClaims(ClaimFigures figures, BiFunction<RefundCase, Instant, Assessment> assessor) {
        this.figures = figures;
        this.assessor = assessor;
    }

    /**
     * The eligibility assessment of a case at a moment, or null when the case lacks what it needs (the
     * purchase's amount and payment time, the problem kind).
     */
    public static BiFunction<RefundCase, Instant, Assessment> assessor(RuleBook book, WorkingDayCalendar calendar,
                                                                       Messages messages) {
        return (c, now) -> c.purchase() != null && c.purchase().amount() != null && c.purchase().paidAt() != null
                && c.problem() != null && c.problem().kind() != null
                ? EligibilityAssessor.assess(c, now, book, calendar, messages) : null;
    }

    /** The interest line is the assessment's own, so a letter never asks for more than {@code assess} gives. */
    @Override
    public Claims claims(RefundCase c, Instant now) {
        Claims base = claims(c);
        Assessment a = assessor == null ? null : assessor.apply(c, now);
        boolean interest = a != null && a.claims().interest() != null;
        return new Claims(base.refund(), base.punitive(), base.total(), base.courtFee(), interest);
    }

    @Override
    public Claims claims(RefundCase c) {
        BigDecimal price = c.purchase() == null || c.purchase().amount() == null ? Money.ZERO : c.purchase().amount();
        BigDecimal received = Refunds.received(c.effectiveEvents(), price).min(price);
        BigDecimal refund = price.subtract(received).max(Money.ZERO);
        // the same facts as the eligibility assessment's conditional CRPL art. 55 claim (false advertising, or a
        // vanished seller of "permanent" credit), so a letter never demands what the assessment does not offer
        BigDecimal punitive = c.problem() != null && c.purchase() != null && ClaimCalculator.pointsToFraud(c)
                ? ClaimCalculator.punitive(price, figures) : null;
        BigDecimal total = punitive == null ? refund : refund.add(punitive);
        return new Claims(Money.of(refund), punitive, Money.of(total), ClaimCalculator.smallClaimsCourtFee(total, figures));
    }

    @Override
    public BigDecimal fraudFloor() {
        return figures.fraudLow();
    }
}

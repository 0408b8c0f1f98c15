package org.refunddesk.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.Responsible;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.domain.Verdict;

/**
 * What the rule engine says about a case at "now" (issue 3, Eligibility): verdict, responsible party,
 * the reasons with their rule id and basis, warnings, the routes still open, the claims, and every
 * deadline. Texts are in the language the assessment was made in. {@code knewOfHarmAt}: when the consumer
 * knew of the harm (problem.discoveredAt, else the payment): SAMR complaint measures art. 15's three
 * years for 12315 run from it, whatever restarted the limitation period.
 */
public record Assessment(String rulebookVersion, Verdict verdict, Responsible responsible, List<Reason> reasons,
                         List<Flag> redFlags, List<Route> routes, Claims claims, List<Deadline> deadlines,
                         Instant knewOfHarmAt) {
    public Assessment {
        reasons = List.copyOf(reasons);
        redFlags = List.copyOf(redFlags);
        routes = List.copyOf(routes);
        deadlines = List.copyOf(deadlines);
    }

    /** One reason: the rule-book id that produced it, its legal or documentary basis, and the text. */
    public record Reason(String rule, String basis, String text) {
    }

    /**
     * A warning: a red flag the user confirmed (a {@code RedFlag} name) or one the rules raise (e.g.
     * FRAUD_THRESHOLD), with what to do about it ({@code advice}, empty when there is nothing to add).
     */
    public record Flag(String flag, String text, String advice) {
        public Flag(String flag, String text) {
            this(flag, text, "");
        }
    }

    /** A channel still open to the consumer, with what to do there. */
    public record Route(Channel channel, String text) {
    }

    /**
     * What the consumer can demand. {@code refund}: the amount still owed, price less refunds received
     * (also {@link #outstanding()}); {@code punitive}: the CRPL art. 55 figure where the facts point to
     * fraud (null otherwise), a conditional claim: {@code punitiveCondition} says what must be proven;
     * {@code interest}: the CRPL art. 53 line (interest and reasonable costs on a prepayment not performed),
     * null when it does not apply; {@code courtFee}: the small-claims fee estimate, a cost of suing and
     * never a claim. {@code price} and {@code refundsReceived} are the figures behind the outstanding amount.
     */
    public record Claims(BigDecimal refund, BigDecimal punitive, BigDecimal courtFee, BigDecimal price,
                         BigDecimal refundsReceived, Condition punitiveCondition, ClaimLine interest) {
        /** As before issue 11: price and refunds unknown, no condition or interest line. */
        public Claims(BigDecimal refund, BigDecimal punitive, BigDecimal courtFee) {
            this(refund, punitive, courtFee, refund, BigDecimal.ZERO.setScale(2), null, null);
        }

        /** The amount still owed: the price less the refunds received (never negative). */
        public BigDecimal outstanding() {
            return refund;
        }

        /** Some but not all of the price came back. */
        public boolean partlyRefunded() {
            return refundsReceived.signum() > 0 && refund.signum() > 0;
        }
    }

    /** What must be proven for a conditional claim, and the law that says so. */
    public record Condition(String mustProve, String basis) {
    }

    /** A claim line without a fixed figure, e.g. interest and reasonable costs: what it is and its basis. */
    public record ClaimLine(String text, String basis) {
    }

    /** The 3-year limitation deadline (Civil Code art. 188, restarts counted), when the case has a start date. */
    public Optional<Deadline> limitation() {
        return deadlines.stream().filter(d -> d.rule().equals("LIMITATION_PERIOD")).findFirst();
    }

    /** Whether the limitation period has run out at the time of the assessment. */
    public boolean limitationExpired() {
        return limitation().map(d -> d.state() == DeadlineState.MISSED).orElse(false);
    }

    /** The soonest deadline still open, for lists and reminders. */
    public Optional<Deadline> nextOpenDeadline() {
        return deadlines.stream().filter(d -> d.state() == DeadlineState.OPEN).findFirst();
    }

    /** What is kept with the case: the verdict and the rule book version that produced it. */
    public StoredAssessment toStored(Instant assessedAt) {
        return new StoredAssessment(rulebookVersion, verdict, responsible, assessedAt);
    }
}

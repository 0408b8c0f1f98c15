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
 * deadline. Texts are in the language the assessment was made in.
 */
public record Assessment(String rulebookVersion, Verdict verdict, Responsible responsible, List<Reason> reasons,
                         List<Flag> redFlags, List<Route> routes, Claims claims, List<Deadline> deadlines) {
    public Assessment {
        reasons = List.copyOf(reasons);
        redFlags = List.copyOf(redFlags);
        routes = List.copyOf(routes);
        deadlines = List.copyOf(deadlines);
    }

    /** One reason: the rule-book id that produced it, its legal or documentary basis, and the text. */
    public record Reason(String rule, String basis, String text) {
    }

    /** A warning: a red flag the user confirmed (a {@code RedFlag} name) or one the rules raise (e.g. FRAUD_THRESHOLD). */
    public record Flag(String flag, String text) {
    }

    /** A channel still open to the consumer, with what to do there. */
    public record Route(Channel channel, String text) {
    }

    /**
     * The refund still owed (amount less refunds received), the CRPL art. 55 punitive claim (null when
     * it does not apply), and the small-claims court fee estimate for both.
     */
    public record Claims(BigDecimal refund, BigDecimal punitive, BigDecimal courtFee) {
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

package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProblemKind;

/**
 * A condition of the ladder data over a case: every field that is set must hold (AND), {@code anyOf}
 * needs one of its conditions, {@code not} must fail. An empty condition always holds.
 */
public record Condition(List<ProblemKind> problemKinds, List<PlatformStatus> platformStatuses,
                        List<PaymentChannel> payments, BigDecimal minAmount, Boolean suspectedFraud,
                        List<Channel> acceptedOn, List<Condition> anyOf, Condition not) {

    public static final Condition ALWAYS = new Condition(null, null, null, null, null, null, null, null);

    public Condition {
        problemKinds = problemKinds == null ? List.of() : List.copyOf(problemKinds);
        platformStatuses = platformStatuses == null ? List.of() : List.copyOf(platformStatuses);
        payments = payments == null ? List.of() : List.copyOf(payments);
        acceptedOn = acceptedOn == null ? List.of() : List.copyOf(acceptedOn);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }

    /** What a condition can look at: the case's fields and what its event log says. */
    public record Facts(ProblemKind problemKind, PlatformStatus platformStatus, PaymentChannel payment,
                        BigDecimal amount, boolean suspectedFraud, Set<Channel> acceptedOn) {
    }

    public boolean holds(Facts facts) {
        if (!problemKinds.isEmpty() && !problemKinds.contains(facts.problemKind())) {
            return false;
        }
        if (!platformStatuses.isEmpty() && !platformStatuses.contains(facts.platformStatus())) {
            return false;
        }
        if (!payments.isEmpty() && !payments.contains(facts.payment())) {
            return false;
        }
        if (minAmount != null && (facts.amount() == null || facts.amount().compareTo(minAmount) < 0)) {
            return false;
        }
        if (suspectedFraud != null && suspectedFraud != facts.suspectedFraud()) {
            return false;
        }
        if (!acceptedOn.isEmpty() && acceptedOn.stream().noneMatch(facts.acceptedOn()::contains)) {
            return false;
        }
        if (!anyOf.isEmpty() && anyOf.stream().noneMatch(c -> c.holds(facts))) {
            return false;
        }
        return not == null || !not.holds(facts);
    }
}

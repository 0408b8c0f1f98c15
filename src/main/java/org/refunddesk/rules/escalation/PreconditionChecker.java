package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;

/**
 * Checks what a ladder step needs (the step's {@link Precondition}s from the ladder data) and explains
 * each gap with its fix: SAMR complaint rules art. 9 and 15 for 12315, the transaction reference for a
 * payment dispute, Civil Procedure Law art. 165 and the court fee for small claims, evidence gaps.
 */
public final class PreconditionChecker {
    /** Bodies whose acceptance makes 12315 refuse the dispute (SAMR art. 15(2)); arbitrators and mediators are not channels. */
    private static final Set<Channel> OTHER_BODIES = Set.of(Channel.SMALL_CLAIMS_COURT, Channel.CONSUMER_ASSOCIATION);

    private final ClaimsSource claims;

    public PreconditionChecker(ClaimsSource claims) {
        this.claims = claims;
    }

    public List<CheckResult> check(RefundCase c, LadderStep step, CheckInput input) {
        List<CheckResult> results = new ArrayList<>();
        for (Precondition p : step.preconditions()) {
            check(c, step.channel(), p, input, results);
        }
        return results;
    }

    /** True when nothing FAILED (warnings do not stop a filing). */
    public static boolean ready(List<CheckResult> results) {
        return results.stream().noneMatch(r -> r.status() == CheckResult.Status.FAILED);
    }

    private void check(RefundCase c, Channel channel, Precondition p, CheckInput in, List<CheckResult> out) {
        Consumer consumer = c.consumer();
        Platform platform = c.platform();
        Purchase purchase = c.purchase();
        switch (p) {
            case CONSUMER_NAME -> out.add(present(p, consumer.name(), FixTarget.EDIT_CONSUMER_NAME, channel));
            case CONSUMER_PHONE -> out.add(present(p, consumer.phone(), FixTarget.EDIT_CONSUMER_PHONE, channel));
            case CONSUMER_ADDRESS -> out.add(present(p, consumer.address(), FixTarget.EDIT_CONSUMER_ADDRESS, channel));
            case BUSINESS_NAME -> out.add(present(p, platform == null ? null : platform.name(),
                    FixTarget.EDIT_PLATFORM_NAME, channel));
            case BUSINESS_ADDRESS -> out.add(present(p, platform == null ? null : platform.registeredAddress(),
                    FixTarget.EDIT_PLATFORM_ADDRESS, channel));
            case ORDER_NUMBER -> out.add(present(p, purchase == null ? null : purchase.orderNo(),
                    FixTarget.EDIT_ORDER_NUMBER, channel));
            case TRANSACTION_REF -> out.add(transactionRef(p, purchase));
            case DEMAND_AND_FACTS -> out.add(demandAndFacts(p, c));
            case WITHIN_THREE_YEARS -> out.add(withinThreeYears(p, c, in.now()));
            case NOT_ACCEPTED_ELSEWHERE -> out.addAll(notAcceptedElsewhere(p, c));
            case SMALL_CLAIMS_LIMIT -> out.add(smallClaimsLimit(p, c, in.provinceAverageWage()));
            case COURT_FEE -> out.add(CheckResult.info(p, Reason.of("escalation.check.COURT_FEE.info",
                    claims.claims(c).total(), claims.claims(c).courtFee())));
            case FRAUD_THRESHOLD -> out.add(fraudThreshold(p, purchase));
            case EVIDENCE_GAPS -> out.addAll(evidenceGaps(p, in.evidenceGaps()));
        }
    }

    private static CheckResult present(Precondition p, String value, FixTarget fix, Channel channel) {
        String key = "escalation.check." + p;
        if (value == null || value.isBlank()) {
            return CheckResult.failed(p, Reason.of(key + ".failed", channel), fix);
        }
        return CheckResult.ok(p, Reason.of(key + ".ok", value.strip()));
    }

    private static CheckResult transactionRef(Precondition p, Purchase purchase) {
        if (purchase != null && purchase.payment() == PaymentChannel.PLATFORM_BALANCE) {
            return CheckResult.warning(p, Reason.of("escalation.check.TRANSACTION_REF.balance"), FixTarget.EDIT_PAYMENT_REF);
        }
        if (purchase == null || purchase.paymentRef() == null || purchase.paymentRef().isBlank()) {
            return CheckResult.failed(p, Reason.of("escalation.check.TRANSACTION_REF.failed",
                    purchase == null || purchase.payment() == null ? "" : purchase.payment()), FixTarget.EDIT_PAYMENT_REF);
        }
        return CheckResult.ok(p, Reason.of("escalation.check.TRANSACTION_REF.ok", purchase.paymentRef().strip()));
    }

    private static CheckResult demandAndFacts(Precondition p, RefundCase c) {
        Purchase purchase = c.purchase();
        if (purchase == null || purchase.amount() == null || purchase.paidAt() == null) {
            return CheckResult.failed(p, Reason.of("escalation.check.DEMAND_AND_FACTS.purchase"), FixTarget.EDIT_PURCHASE);
        }
        if (c.problem() == null || c.problem().kind() == null) {
            return CheckResult.failed(p, Reason.of("escalation.check.DEMAND_AND_FACTS.problem"), FixTarget.EDIT_PROBLEM);
        }
        return CheckResult.ok(p, Reason.of("escalation.check.DEMAND_AND_FACTS.ok", c.problem().kind(), purchase.amount()));
    }

    /** SAMR art. 15(4): 12315 refuses a complaint made more than three years after the consumer knew. */
    private static CheckResult withinThreeYears(Precondition p, RefundCase c, Instant now) {
        Instant knew = c.problem() != null && c.problem().discoveredAt() != null ? c.problem().discoveredAt()
                : c.purchase() == null ? null : c.purchase().paidAt();
        if (knew == null) {
            return CheckResult.warning(p, Reason.of("escalation.check.WITHIN_THREE_YEARS.unknown"), FixTarget.EDIT_PROBLEM);
        }
        LocalDate knewOn = knew.atZone(ReasonText.SHANGHAI).toLocalDate();
        LocalDate lastDay = knewOn.plusYears(3);
        LocalDate today = now.atZone(ReasonText.SHANGHAI).toLocalDate();
        if (today.isAfter(lastDay)) {
            return CheckResult.failed(p, Reason.of("escalation.check.WITHIN_THREE_YEARS.failed", knewOn, lastDay),
                    FixTarget.EDIT_PROBLEM);
        }
        return CheckResult.ok(p, Reason.of("escalation.check.WITHIN_THREE_YEARS.ok", knewOn, lastDay));
    }

    /** SAMR art. 15(2): warn for every acceptance by another body that resolves disputes. */
    private static List<CheckResult> notAcceptedElsewhere(Precondition p, RefundCase c) {
        List<CheckResult> found = new ArrayList<>();
        for (CaseEvent e : c.effectiveEvents()) {
            if (e.type() == EventType.COMPLAINT_ACCEPTED && OTHER_BODIES.contains(e.channel())) {
                found.add(CheckResult.warning(p, Reason.of("escalation.check.NOT_ACCEPTED_ELSEWHERE.warning",
                        e.channel(), e.at()), FixTarget.CASE_EVENTS));
            }
        }
        return found.isEmpty() ? List.of(CheckResult.ok(p, Reason.of("escalation.check.NOT_ACCEPTED_ELSEWHERE.ok"))) : found;
    }

    /** Civil Procedure Law art. 165: small claims up to 50% of the province's previous-year average annual wage. */
    private CheckResult smallClaimsLimit(Precondition p, RefundCase c, BigDecimal wage) {
        BigDecimal claim = claims.claims(c).total();
        if (wage == null) {
            return CheckResult.warning(p, Reason.of("escalation.check.SMALL_CLAIMS_LIMIT.missing", claim),
                    FixTarget.ENTER_PROVINCE_WAGE);
        }
        BigDecimal limit = wage.multiply(new BigDecimal("0.5")).setScale(2, java.math.RoundingMode.DOWN);
        if (claim.compareTo(limit) > 0) {
            return CheckResult.warning(p, Reason.of("escalation.check.SMALL_CLAIMS_LIMIT.over", claim, limit, wage),
                    FixTarget.ENTER_PROVINCE_WAGE);
        }
        return CheckResult.ok(p, Reason.of("escalation.check.SMALL_CLAIMS_LIMIT.ok", claim, limit, wage));
    }

    private CheckResult fraudThreshold(Precondition p, Purchase purchase) {
        BigDecimal amount = purchase == null || purchase.amount() == null ? BigDecimal.ZERO : purchase.amount();
        String key = amount.compareTo(claims.fraudFloor()) >= 0 ? "escalation.check.FRAUD_THRESHOLD.reached"
                : "escalation.check.FRAUD_THRESHOLD.below";
        return CheckResult.info(p, Reason.of(key, amount));
    }

    private static List<CheckResult> evidenceGaps(Precondition p, List<String> gaps) {
        if (gaps == null) {
            return List.of(CheckResult.info(p, Reason.of("escalation.check.EVIDENCE_GAPS.unknown")));
        }
        if (gaps.isEmpty()) {
            return List.of(CheckResult.ok(p, Reason.of("escalation.check.EVIDENCE_GAPS.ok")));
        }
        return gaps.stream()
                .map(g -> CheckResult.warning(p, Reason.of("escalation.check.EVIDENCE_GAPS.gap", g), FixTarget.EVIDENCE))
                .toList();
    }
}

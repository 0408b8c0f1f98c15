package org.refunddesk.rules.caseload;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.domain.Verdict;

/** Small builders for caseload tests: a case on a platform, with an amount, a consumer and deadlines. */
public final class CaseloadFixtures {
    public static final Instant NOW = Instant.parse("2024-05-20T02:00:00Z");

    private CaseloadFixtures() {
    }

    public static RefundCase refundCase(String platform, String amount, String consumerName, String phone) {
        return refundCase(platform, amount, consumerName, phone, "ORD-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public static RefundCase refundCase(String platform, String amount, String consumerName, String phone,
                                        String orderNo) {
        Instant paid = NOW.minus(Duration.ofDays(3));
        return new RefundCase(UUID.randomUUID(), "话费没到账 " + amount, new Consumer(consumerName, phone, null), null,
                List.of(), new Platform(platform, null, null, null, null),
                new Purchase(orderNo, ProductType.PHONE_CREDIT, DeliveryMode.DIRECT_TOPUP, new BigDecimal(amount), paid,
                        PaymentChannel.ALIPAY, null, phone, null),
                new Problem(ProblemKind.NOT_DELIVERED, paid.plus(Duration.ofHours(1)), false, false, false, false, null),
                List.of(), CaseStatus.NEW, List.of(),
                new StoredAssessment("test", Verdict.LIKELY, null, paid.plus(Duration.ofHours(2))), paid, paid);
    }

    public static Deadline open(String rule, Instant due) {
        return new Deadline(rule, due.minus(Duration.ofDays(1)), due, DeadlineState.OPEN, "basis of " + rule, false,
                "explained " + rule, null);
    }

    public static Deadline withState(String rule, Instant due, DeadlineState state) {
        return new Deadline(rule, due.minus(Duration.ofDays(1)), due, state, "basis", false, "explained", null);
    }

    public static CaseOverview overview(RefundCase c, Deadline... deadlines) {
        return CaseOverview.of(c, List.of(deadlines));
    }
}

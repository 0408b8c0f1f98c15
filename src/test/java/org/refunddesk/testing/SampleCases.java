package org.refunddesk.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.PlatformModel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Responsible;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.domain.Verdict;

/** Fully filled cases for store and file tests. */
public final class SampleCases {
    public static final Instant PAID = Instant.parse("2026-03-02T02:00:00Z");

    private SampleCases() {
    }

    public static RefundCase full(String title) {
        CaseEvent applied = new CaseEvent(null, EventType.REFUND_APPLIED, PAID.plusSeconds(3600), Channel.PLATFORM,
                "TK-001", null, null, "申请退款", null, null);
        CaseEvent demand = new CaseEvent(null, EventType.DEMAND_SENT, PAID.plusSeconds(7200), Channel.CUSTOMER_SERVICE,
                null, PAID.plusSeconds(7 * 86400), null, null, null, "催告函全文\n第二行");
        CaseEvent received = new CaseEvent(null, EventType.REFUND_RECEIVED, PAID.plusSeconds(9000), Channel.PLATFORM,
                null, null, new BigDecimal("50.5"), null, null, null);
        CaseEvent voiding = new CaseEvent(null, EventType.EVENT_VOIDED, PAID.plusSeconds(9600), null, null, null, null,
                "录错了", received.id(), null);
        return new RefundCase(UUID.randomUUID(), title, new Consumer("王小明", "13800138000", "上海市浦东新区"),
                "张志愿", List.of("话费", "加急"),
                new Platform("星辰卡盟", "https://xc-kameng.example", PlatformModel.GUARANTEED,
                        PlatformStatus.UNRESPONSIVE, "广东省深圳市"),
                new Purchase("KM20260302001", ProductType.PHONE_CREDIT, DeliveryMode.DIRECT_TOPUP,
                        new BigDecimal("100"), PAID, PaymentChannel.ALIPAY, "2026030222001", "13800138000", "永久"),
                new Problem(ProblemKind.NOT_DELIVERED, PAID.plusSeconds(1800), false, false, false, false, 24),
                List.of(applied, demand, received, voiding), CaseStatus.IN_PROGRESS,
                List.of(RedFlag.PASSWORD_REQUESTED, RedFlag.PRIVATE_TRANSFER),
                new StoredAssessment("2026.1", Verdict.LIKELY, Responsible.PLATFORM, PAID.plusSeconds(4000)),
                PAID.plusSeconds(100), PAID.plusSeconds(200));
    }

    /** Only what a case needs: title, platform name, product, delivery, amount, paid-at, problem kind. */
    public static RefundCase minimal(String title) {
        return new RefundCase(null, title, null, null, null, new Platform("某卡盟", null, null, null, null),
                new Purchase(null, ProductType.CARD_KEY, DeliveryMode.CARD_KEY, new BigDecimal("30.00"), PAID, null,
                        null, null, null),
                new Problem(ProblemKind.CHANGED_MIND, null, false, false, false, false, null),
                null, null, null, null, null, null);
    }
}

package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.domain.CaseEvent;
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
import org.refunddesk.domain.RefundCase;

/** Cases for the escalation tests: complete, with events written as {@code TYPE@CHANNEL} one day apart. */
public final class EscalationFixtures {
    public static final Instant PAID_AT = OffsetDateTime.parse("2026-09-15T10:00:00+08:00").toInstant();
    public static final Instant FOUND_AT = OffsetDateTime.parse("2026-09-15T11:00:00+08:00").toInstant();
    public static final String ORDER_NO = "KM20260915001";

    private EscalationFixtures() {
    }

    public static RefundCase complete(ProblemKind kind) {
        return with(kind, PlatformStatus.OPERATING, "100.00", PaymentChannel.ALIPAY);
    }

    public static RefundCase with(ProblemKind kind, PlatformStatus status, String amount, PaymentChannel payment) {
        Consumer consumer = new Consumer("张三", "13800000000", "上海市浦东新区世纪大道100号");
        Platform platform = new Platform("星辰卡盟", "https://xingchen.example", PlatformModel.SELF_OPERATED, status,
                "浙江省杭州市西湖区文三路1号");
        Purchase purchase = new Purchase(ORDER_NO, ProductType.PHONE_CREDIT, DeliveryMode.DIRECT_TOPUP,
                new BigDecimal(amount), PAID_AT, payment, "2026091522001400", "13800000000",
                kind == ProblemKind.FALSE_ADVERTISING ? "永久" : null);
        Problem problem = new Problem(kind, FOUND_AT, false, false, false, false, null);
        return new RefundCase(null, "话费未到账", consumer, null, List.of(), platform, purchase, problem, List.of(),
                null, List.of(), null, PAID_AT, PAID_AT);
    }

    /** Adds events written as "REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM", one day apart after payment. */
    public static RefundCase withEvents(RefundCase c, String spec) {
        List<CaseEvent> events = new ArrayList<>(c.events());
        Instant at = c.events().isEmpty() ? PAID_AT : c.events().get(c.events().size() - 1).at();
        if (spec != null && !spec.isBlank()) {
            for (String part : spec.split(",")) {
                String[] p = part.strip().split("@");
                at = at.plus(Duration.ofDays(1));
                Channel channel = p.length > 1 ? Channel.valueOf(p[1]) : null;
                events.add(CaseEvent.of(EventType.valueOf(p[0]), at, channel));
            }
        }
        return new RefundCase(c.id(), c.title(), c.consumer(), c.assignee(), c.tags(), c.platform(), c.purchase(),
                c.problem(), events, c.status(), c.redFlags(), c.assessment(), c.createdAt(), c.updatedAt());
    }
}

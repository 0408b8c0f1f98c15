package org.refunddesk.ui.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;

/** Small cases for UI tests: only what the list shows and searches. */
public final class UiCases {
    public static final Instant PAID = Instant.parse("2026-11-20T02:00:00Z");

    private UiCases() {
    }

    public static RefundCase of(String title, String platform, String orderNo, String consumer, String phone,
                                String amount, String... tags) {
        return new RefundCase(null, title, new Consumer(consumer, phone, null), null, List.of(tags),
                new Platform(platform, null, null, null, null),
                new Purchase(orderNo, ProductType.PHONE_CREDIT, DeliveryMode.DIRECT_TOPUP, new BigDecimal(amount), PAID,
                        PaymentChannel.ALIPAY, null, phone, null),
                new Problem(ProblemKind.NOT_DELIVERED, null, false, false, false, false, null),
                null, null, null, null, null, null);
    }

    public static RefundCase of(String title) {
        return of(title, "星辰卡盟", "KM-" + Math.abs(title.hashCode()), "王小明", "13800138000", "100.00");
    }
}

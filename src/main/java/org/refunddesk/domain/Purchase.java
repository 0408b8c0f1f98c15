package org.refunddesk.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The order. Required: product, delivery, amount (yuan at fen scale), paidAt. The rest optional.
 * {@code advertisedValidity} is the wording the seller used, e.g. yong jiu ("permanent").
 */
public record Purchase(String orderNo, ProductType product, DeliveryMode delivery, BigDecimal amount,
                       Instant paidAt, PaymentChannel payment, String paymentRef, String targetAccount,
                       String advertisedValidity) {
    public Purchase {
        amount = Money.of(amount);
    }
}

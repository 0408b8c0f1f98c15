package org.refunddesk.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.PaymentChannel;

/**
 * A deadline rule resolved once per rule book for the planner's inner loop: event and channel sets as
 * bit masks, the delivery mode and lengths by payment channel as enums and arrays, so planning 100,000
 * cases does no string comparison or map lookup per case.
 */
final class PlanningRule {
    static final String FIELD_DISCOVERED = "problem.discoveredAt";

    final DeadlineRule rule;
    /** Only for purchases of this delivery mode (null: any). */
    final DeliveryMode onlyFor;
    final long metByEvents;
    /** The length for each payment channel (by ordinal), and when the channel is unknown. */
    private final int[] lengthByPayment;
    private final int lengthUnknownPayment;
    private final Map<PaymentChannel, DeadlineExplanation.Variant> paymentVariants = new EnumMap<>(PaymentChannel.class);

    PlanningRule(DeadlineRule rule) {
        this.rule = rule;
        DeadlineRule.Start start = rule.start();
        this.onlyFor = start.onlyFor() == null ? null : DeliveryMode.valueOf(start.onlyFor());
        this.metByEvents = mask(rule.metBy().events());
        PaymentChannel[] payments = PaymentChannel.values();
        this.lengthByPayment = new int[payments.length];
        for (PaymentChannel p : payments) {
            lengthByPayment[p.ordinal()] = rule.lengthFor(p.name());
            paymentVariants.put(p, DeadlineExplanation.Variant.named(p));
        }
        this.lengthUnknownPayment = rule.lengthFor(null);
    }

    private static long mask(Set<? extends Enum<?>> values) {
        long m = 0;
        for (Enum<?> v : values) {
            m |= 1L << v.ordinal();
        }
        return m;
    }

    static boolean in(long mask, Enum<?> value) {
        return value != null && (mask & (1L << value.ordinal())) != 0;
    }

    boolean metBy(CaseEvent e) {
        return in(metByEvents, e.type());
    }

    int lengthFor(PaymentChannel payment) {
        return payment == null ? lengthUnknownPayment : lengthByPayment[payment.ordinal()];
    }

    DeadlineExplanation.Variant variantFor(PaymentChannel payment) {
        return payment == null ? DeadlineExplanation.Variant.UNKNOWN_PAYMENT : paymentVariants.get(payment);
    }
}

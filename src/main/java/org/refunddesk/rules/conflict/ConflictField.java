package org.refunddesk.rules.conflict;

import java.util.Locale;

import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;

/**
 * The parts of a case two helpers can change independently, in the order a person reads a case. Each names
 * the record component it reads ({@code part} null: a component of the case itself). The id, the event log
 * (merged, never a conflict) and the store's timestamps are not fields.
 */
public enum ConflictField {
    TITLE(null, "title", "title"),
    STATUS(null, "status", "status"),
    ASSIGNEE(null, "assignee", "assignee"),
    TAGS(null, "tags", "tags"),
    CONSUMER_NAME(Consumer.class, "consumer", "name"),
    CONSUMER_PHONE(Consumer.class, "consumer", "phone"),
    CONSUMER_ADDRESS(Consumer.class, "consumer", "address"),
    CONSUMER_CONSENT(Consumer.class, "consumer", "consent"),
    PLATFORM_NAME(Platform.class, "platform", "name"),
    PLATFORM_URL(Platform.class, "platform", "url"),
    PLATFORM_MODEL(Platform.class, "platform", "model"),
    PLATFORM_STATUS(Platform.class, "platform", "status"),
    PLATFORM_ADDRESS(Platform.class, "platform", "registeredAddress"),
    PLATFORM_OPERATOR(Platform.class, "platform", "operator"),
    PLATFORM_CREDIT_CODE(Platform.class, "platform", "creditCode"),
    PLATFORM_LEGAL_REPRESENTATIVE(Platform.class, "platform", "legalRepresentative"),
    ORDER_NO(Purchase.class, "purchase", "orderNo"),
    PRODUCT(Purchase.class, "purchase", "product"),
    DELIVERY(Purchase.class, "purchase", "delivery"),
    AMOUNT(Purchase.class, "purchase", "amount"),
    PAID_AT(Purchase.class, "purchase", "paidAt"),
    PAYMENT(Purchase.class, "purchase", "payment"),
    PAYMENT_REF(Purchase.class, "purchase", "paymentRef"),
    TARGET_ACCOUNT(Purchase.class, "purchase", "targetAccount"),
    ADVERTISED_VALIDITY(Purchase.class, "purchase", "advertisedValidity"),
    PROBLEM_KIND(Problem.class, "problem", "kind"),
    DISCOVERED_AT(Problem.class, "problem", "discoveredAt"),
    CARD_KEY_EXTRACTED(Problem.class, "problem", "cardKeyExtracted"),
    USED(Problem.class, "problem", "used"),
    ACTIVATED(Problem.class, "problem", "activated"),
    REORDERED(Problem.class, "problem", "reordered"),
    REFUND_WINDOW_HOURS(Problem.class, "problem", "refundWindowHours"),
    FEE_DISCLOSED(Problem.class, "problem", "feeDisclosed"),
    RED_FLAGS(null, "redFlags", "redFlags"),
    ASSESSMENT(null, "assessment", "assessment");

    private final Class<? extends Record> part;
    private final String partComponent;
    private final String component;

    ConflictField(Class<? extends Record> part, String partComponent, String component) {
        this.part = part;
        this.partComponent = partComponent;
        this.component = component;
    }

    /** Bundle key of the field's name: {@code teamclient.field.consumerName}. */
    public String labelKey() {
        StringBuilder camel = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            camel.append(camel.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return "teamclient.field." + camel;
    }

    /** The value in this case (null when the case or its part is missing). */
    public Object valueIn(RefundCase refundCase) {
        if (refundCase == null) {
            return null;
        }
        if (part == null) {
            return RecordCopy.get(refundCase, component);
        }
        return RecordCopy.get((Record) RecordCopy.get(refundCase, partComponent), component);
    }

    /** A copy of {@code target} with this field set to {@code value}; everything else as in {@code target}. */
    public RefundCase set(RefundCase target, Object value) {
        if (part == null) {
            return RecordCopy.with(RefundCase.class, target, component, value);
        }
        Record changedPart = withPart(part, (Record) RecordCopy.get(target, partComponent), value);
        return RecordCopy.with(RefundCase.class, target, partComponent, changedPart);
    }

    @SuppressWarnings("unchecked")
    private <R extends Record> R withPart(Class<R> type, Record current, Object value) {
        return RecordCopy.with(type, (R) current, component, value);
    }

    String partComponent() {
        return partComponent;
    }

    String component() {
        return component;
    }

    Class<? extends Record> part() {
        return part;
    }
}

package org.refunddesk.domain;

/**
 * What a piece of evidence visibly shows, ticked by the user. The corroboration checks look for
 * these across the chain (DOMAIN.md §3: order number, time, amount, the bound phone number, the
 * promise wording, when the refund was applied for).
 */
public enum EvidenceFact {
    ORDER_NUMBER, AMOUNT, TIME, TRANSACTION_NUMBER, PHONE_OR_ACCOUNT, PROMISE_WORDING, NOT_ARRIVED,
    REFUND_APPLICATION_TIME, REFUND_NUMBER, BOTH_PARTIES
}

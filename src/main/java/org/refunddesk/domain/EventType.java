package org.refunddesk.domain;

/**
 * What happened in a case. Names are the case-file values. {@link #EVENT_VOIDED} is an extension of
 * the format: a correction that voids an earlier event (the log itself is append-only).
 */
public enum EventType {
    DELIVERED, REFUND_APPLIED, SUPPLEMENT_REQUESTED, SUPPLEMENT_SENT, REFUND_APPROVED, REFUND_REJECTED,
    REFUND_RECEIVED, DEMAND_SENT, BUSINESS_ACKNOWLEDGED, COMPLAINT_FILED, COMPLAINT_ACCEPTED,
    COMPLAINT_ANSWERED, CASE_CLOSED, EVENT_VOIDED
}

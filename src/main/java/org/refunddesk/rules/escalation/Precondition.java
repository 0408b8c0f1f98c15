package org.refunddesk.rules.escalation;

/** What a ladder step may need before it is filed; the ladder data lists them per step. */
public enum Precondition {
    CONSUMER_NAME, CONSUMER_PHONE, CONSUMER_ADDRESS, BUSINESS_NAME, BUSINESS_ADDRESS, ORDER_NUMBER,
    DEMAND_AND_FACTS, WITHIN_THREE_YEARS, NOT_ACCEPTED_ELSEWHERE, TRANSACTION_REF, SMALL_CLAIMS_LIMIT,
    COURT_FEE, FRAUD_THRESHOLD, EVIDENCE_GAPS
}

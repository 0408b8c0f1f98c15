package org.refunddesk.domain;

/**
 * The parts of the evidence chain (DOMAIN.md §3). Names are the CLI and manifest values; the
 * declaration order is the order of a bundle: purchase → promise → problem → communications →
 * payment statement → third-party reports → refund receipts.
 */
public enum EvidenceCategory {
    PURCHASE_PROOF, PROMISE_PROOF, PROBLEM_PROOF, COMMUNICATION, PAYMENT_STATEMENT, THIRD_PARTY_REPORT,
    REFUND_RECEIPT
}

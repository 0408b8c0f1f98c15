package org.refunddesk.domain;

/** What went wrong (DOMAIN.md §2). Names are the case-file values. */
public enum ProblemKind {
    NOT_DELIVERED, WRONG_ITEM, PLATFORM_FAULT, PLATFORM_GONE, FALSE_ADVERTISING, DUPLICATE_PURCHASE,
    WRONG_PACKAGE, WRONG_ACCOUNT, PAYMENT_NOT_RECEIVED, FEE_DEDUCTED, CHANGED_MIND
}

package org.refunddesk.domain;

/** Scam warning signs (DOMAIN.md §2): each one the user confirms is stored with the case. */
public enum RedFlag {
    PASSWORD_REQUESTED, PRIVATE_TRANSFER, REFUND_AGENT_FEE, ID_OR_BANK_DETAILS
}

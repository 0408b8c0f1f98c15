package org.refunddesk.domain;

/** Direct top-up to an account, or a card key the buyer extracts and activates. */
public enum DeliveryMode {
    DIRECT_TOPUP, CARD_KEY
}

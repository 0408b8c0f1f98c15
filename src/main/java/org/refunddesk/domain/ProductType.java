package org.refunddesk.domain;

/** What was bought. Names are the case-file values. */
public enum ProductType {
    PHONE_CREDIT, PERMANENT_PHONE_CREDIT, DATA_PACKAGE, GAME_CARD, CARD_KEY, VIRTUAL_NUMBER, OTHER
}

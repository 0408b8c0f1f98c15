package org.refunddesk.domain;

/** How a consumer who is not the user agreed that the helper keeps their data (PIPL art. 13-14). */
public enum ConsentMethod {
    IN_PERSON, PHONE, WRITTEN, ONLINE
}

package org.refunddesk.domain;

/** Where an event happened or a complaint went: the rungs of the escalation ladder (DOMAIN.md §5). */
public enum Channel {
    PLATFORM, CUSTOMER_SERVICE, PAYMENT_PROVIDER, REGULATOR_12315, CONSUMER_ASSOCIATION, INDUSTRY_BODY,
    COMPLAINT_SITE, SMALL_CLAIMS_COURT, POLICE
}

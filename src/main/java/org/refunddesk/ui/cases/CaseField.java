package org.refunddesk.ui.cases;

/** The editor fields that can be wrong; each has one error message (empty = fine). */
public enum CaseField {
    TITLE, PLATFORM_NAME, PRODUCT, DELIVERY, AMOUNT, PAID_DATE, PAID_TIME, PROBLEM_KIND, DISCOVERED_TIME,
    REFUND_WINDOW_HOURS, CREDIT_CODE, CONSENT_METHOD, CONSENT_DATE
}

package org.refunddesk.rules.escalation;

/** Where the user fixes a failing precondition; the UI links each to the right editor or field. */
public enum FixTarget {
    NONE, EDIT_CONSUMER_NAME, EDIT_CONSUMER_PHONE, EDIT_CONSUMER_ADDRESS, EDIT_PLATFORM_NAME, EDIT_PLATFORM_ADDRESS,
    EDIT_ORDER_NUMBER, EDIT_PAYMENT_REF, EDIT_PURCHASE, EDIT_PROBLEM, CASE_EVENTS, ENTER_PROVINCE_WAGE, EVIDENCE;

    /** Targets answered in the case editor (the rest live in the wizard, the event log or the evidence vault). */
    public boolean inCaseEditor() {
        return name().startsWith("EDIT_");
    }
}

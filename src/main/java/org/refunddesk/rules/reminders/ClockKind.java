package org.refunddesk.rules.reminders;

/** Whether a deadline's clock counts hours (warn hours ahead) or days (warn days ahead). */
public enum ClockKind {
    HOURS, DAYS
}

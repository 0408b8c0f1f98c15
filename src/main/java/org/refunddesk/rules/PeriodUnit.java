package org.refunddesk.rules;

/** The units a rule book period can be written in (DOMAIN.md §4 says how each is counted). */
public enum PeriodUnit {
    MINUTES, HOURS, WORKING_DAYS, CALENDAR_DAYS, MONTHS, YEARS;

    /** Minutes and hours run from the exact instant; the rest count whole days on the calendar. */
    public boolean exactTime() {
        return this == MINUTES || this == HOURS;
    }
}

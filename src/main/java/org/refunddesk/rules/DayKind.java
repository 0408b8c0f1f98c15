package org.refunddesk.rules;

/** What a date is on the official calendar. */
public enum DayKind {
    /** Monday to Friday, not a holiday. */
    WORKDAY,
    /** Saturday or Sunday, not made a working day. */
    WEEKEND,
    /** A day off under a State Council holiday notice. */
    HOLIDAY,
    /** A weekend day the notice makes a working day (调休). */
    ADJUSTED_WORKDAY;

    public boolean working() {
        return this == WORKDAY || this == ADJUSTED_WORKDAY;
    }
}

package org.refunddesk.rules.letters;

import java.time.Instant;

import org.refunddesk.rules.DateCounter;
import org.refunddesk.rules.PeriodUnit;
import org.refunddesk.rules.WorkingDayCalendar;

/** A letter's deadline on the official working-day calendar, counted by the rule engine's {@link DateCounter}. */
public final class CalendarDeadlineDates implements DeadlineDateCalculator {
    private final DateCounter counter;

    public CalendarDeadlineDates(WorkingDayCalendar calendar) {
        this.counter = new DateCounter(calendar);
    }

    @Override
    public DueDate afterCalendarDays(Instant start, int days) {
        DateCounter.Count count = counter.count(start, days, PeriodUnit.CALENDAR_DAYS);
        return new DueDate(count.lastDate(), count.estimate());
    }
}

package org.refunddesk.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Counts a period from a start instant the way DOMAIN.md §4 and Civil Code art. 201-203 say:
 * minutes and hours from the exact instant; working days from the day after the start, due at 24:00
 * of the n-th working day; calendar days, months and years from the day after the start, with a last
 * day on a rest day moved to the next working day, due at 24:00 of the last day. "24:00 of D" is the
 * instant 00:00 of D+1 in Asia/Shanghai. Reused by letters (a 7-day deadline) and reminders.
 */
public final class DateCounter {
    private final WorkingDayCalendar calendar;

    public DateCounter(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Count count(Instant start, int length, PeriodUnit unit) {
        if (length < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + length);
        }
        long startDay = ShanghaiTime.epochDay(start);
        switch (unit) {
            case MINUTES:
                return new Count(start, startDay, length, unit, -1, -1, start.plusSeconds(60L * length), 0);
            case HOURS:
                return new Count(start, startDay, length, unit, -1, -1, start.plusSeconds(3600L * length), 0);
            case WORKING_DAYS: {
                long last = length == 0 ? startDay : calendar.nthWorkingDayAfter(startDay, length);
                int missing = length == 0 ? 0 : calendar.firstYearWithoutDataBetween(startDay + 1, last);
                return new Count(start, startDay, length, unit, last, last, ShanghaiTime.startOfDay(last + 1), missing);
            }
            default: {
                long nominal = nominalLastDay(startDay, length, unit);
                long last = calendar.workingDayOnOrAfter(nominal);
                int missing = calendar.firstYearWithoutDataBetween(nominal, last);
                return new Count(start, startDay, length, unit, nominal, last, ShanghaiTime.startOfDay(last + 1), missing);
            }
        }
    }

    private static long nominalLastDay(long startDay, int length, PeriodUnit unit) {
        if (unit == PeriodUnit.CALENDAR_DAYS) {
            return startDay + length;
        }
        LocalDate start = LocalDate.ofEpochDay(startDay);
        // plusMonths/plusYears give the corresponding date, or the month's last day when there is none (art. 202)
        LocalDate last = unit == PeriodUnit.MONTHS ? start.plusMonths(length) : start.plusYears(length);
        return last.toEpochDay();
    }

    /**
     * A counted period. For day units {@code nominalLastDay} is the n-th day before any move and
     * {@code lastDay} the day the period really ends (both epoch days; -1 for hour units).
     * {@code yearWithoutData} is the first year the count relied on without an official notice
     * (0 when none): then the result is an estimate that assumed weekends only.
     */
    public record Count(Instant start, long startDay, int length, PeriodUnit unit, long nominalLastDay, long lastDay,
                        Instant dueAt, int yearWithoutData) {
        public boolean estimate() {
            return yearWithoutData != 0;
        }

        public boolean moved() {
            return lastDay != nominalLastDay;
        }

        public LocalDate lastDate() {
            return lastDay < 0 ? ShanghaiTime.date(dueAt) : LocalDate.ofEpochDay(lastDay);
        }
    }
}

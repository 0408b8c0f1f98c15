package org.refunddesk.rules.letters;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The last day of a period of calendar days counted as DOMAIN.md §4 says (start day not counted; a
 * last day on a rest day moves to the next working day). The rule engine's working-day calendar
 * answers it; {@code estimate} is true when the calendar had no data for the year.
 */
@FunctionalInterface
public interface DeadlineDateCalculator {
    DueDate afterCalendarDays(Instant start, int days);

    /** The last day (the deadline ends at its 24:00, Asia/Shanghai) and whether it is an estimate. */
    record DueDate(LocalDate lastDay, boolean estimate) {
    }
}

package org.refunddesk.rules.letters;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import org.refunddesk.rules.escalation.ReasonText;

/**
 * Calendar-day counting without holiday data: start day not counted, a last day on a weekend moves
 * to Monday. Always flagged as an estimate, since public holidays are unknown to it.
 */
public final class WeekendOnlyDeadlines implements DeadlineDateCalculator {
    @Override
    public DueDate afterCalendarDays(Instant start, int days) {
        LocalDate last = start.atZone(ReasonText.SHANGHAI).toLocalDate().plusDays(days);
        while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY) {
            last = last.plusDays(1);
        }
        return new DueDate(last, true);
    }
}

package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counting rules on their own (due instants worked out by hand), for letters and reminders that reuse them. */
class DateCounterTest {
    private final DateCounter counter = new DateCounter(WorkingDayCalendars.bundled());

    @ParameterizedTest(name = "{0} + {1} {2} → {3}")
    @CsvSource({
        // 24h after 10:00 is 10:00 next day
        "2026-11-20T10:00:00+08:00, 24, HOURS, 2026-11-21T10:00:00+08:00, false",
        "2026-11-20T23:45:00+08:00, 30, MINUTES, 2026-11-21T00:15:00+08:00, false",
        // start day not counted, due 24:00 of the last day = 00:00 next day
        "2026-11-23T23:59:00+08:00, 1, WORKING_DAYS, 2026-11-25T00:00:00+08:00, false",
        "2026-11-23T00:00:00+08:00, 1, CALENDAR_DAYS, 2026-11-25T00:00:00+08:00, false",
        // Jan 31 + 1 month has no Feb 31: Feb 28, 2026 is an adjusted working Saturday, so it stays
        "2026-01-31T10:00:00+08:00, 1, MONTHS, 2026-03-01T00:00:00+08:00, false",
        // 2024 is a leap year: 2024-02-29 + 1 year → 2025-02-28 (Fri)
        "2024-02-29T10:00:00+08:00, 1, YEARS, 2025-03-01T00:00:00+08:00, false",
        // 17:00 UTC Friday is already Saturday 01:00 in Shanghai: day 1 is Sunday 11-22, a rest day → Monday 11-23
        "2026-11-20T17:00:00Z, 1, CALENDAR_DAYS, 2026-11-24T00:00:00+08:00, false",
        "2026-12-31T10:00:00+08:00, 1, WORKING_DAYS, 2027-01-05T00:00:00+08:00, true", // 2027-01-01 is the regulation's New Year's Day, assumed (issue 11)
    })
    void countsTheWayTheCivilCodeSays(String start, int length, PeriodUnit unit, String due, boolean estimate) {
        DateCounter.Count c = counter.count(OffsetDateTime.parse(start).toInstant(), length, unit);
        assertThat(c.dueAt()).isEqualTo(OffsetDateTime.parse(due).toInstant());
        assertThat(c.estimate()).isEqualTo(estimate);
    }

    @ParameterizedTest
    @CsvSource({"2027-01-01T10:00:00Z, 2027", "2026-06-01T10:00:00Z, 0"})
    void estimateNamesTheYearWithoutANotice(Instant start, int year) {
        assertThat(counter.count(start, 1, PeriodUnit.WORKING_DAYS).yearWithoutData()).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-21T10:00:00+08:00, 2026-11-23"})
    void aSevenDayLetterDeadlineEndsOnAWorkingDay(String sent, LocalDate lastDay) {
        // the letter drafter's use: 7 calendar days from Sat 11-14 would be Sat 11-21; from 11-21 it is Sat 11-28 → Mon 11-30
        DateCounter.Count c = counter.count(OffsetDateTime.parse(sent).toInstant().minusSeconds(7 * 86400L), 7, PeriodUnit.CALENDAR_DAYS);
        assertThat(c.lastDate()).isEqualTo(lastDay);
        assertThat(c.moved()).isTrue();
    }
}

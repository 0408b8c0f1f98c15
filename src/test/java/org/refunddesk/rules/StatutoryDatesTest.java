package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * statutory-dates.properties lists what ICU4J computes (with the lunar corrections) for every year the estimate
 * covers, so reading it instead of computing at start changes no working day (DOMAIN.md §4).
 */
class StatutoryDatesTest {
    @Test
    void everyListedYearIsWhatIcuComputes() {
        for (int year = StatutoryHolidays.FIRST_YEAR; year <= StatutoryHolidays.LAST_YEAR; year++) {
            String computed = String.join(" ", StatutoryHolidays.movableDates(year));
            assertThat(StatutoryHolidays.listedDates(year))
                    .as("statutory-dates.properties, year %d: the line to put there is %d=%s", year, year, computed)
                    .isEqualTo(computed);
        }
    }

    @Test
    void theHolidaysOfAListedYearAreTheComputedOnes() {
        // 2027: lunar New Year corrected to 6 February (lunar-corrections.properties); Mid-Autumn on 15 September
        assertThat(StatutoryHolidays.of(2027)).extracting(HolidayYear.SpecialDay::date).map(Object::toString)
                .containsExactly("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05",
                        "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03");
        assertThat(StatutoryHolidays.of(2027)).allMatch(HolidayYear.SpecialDay::offDay);
    }
}

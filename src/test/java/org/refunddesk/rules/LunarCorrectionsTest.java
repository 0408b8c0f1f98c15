package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * The estimated statutory holidays' lunar dates and Qingming, for every year the estimate covers, agree with
 * an independent implementation of the Chinese calendar (lunar-java, 寿星天文历 algorithms, which follow the
 * Purple Mountain Observatory's tables). ICU4J alone puts 2027's and 2030's New Year one day off (new moons
 * within minutes of midnight); lunar-corrections.properties fixes those, and this test notices if an ICU
 * upgrade moves another date or makes a correction wrong.
 */
class LunarCorrectionsTest {

    @Test
    void lunarHolidaysAndQingmingAgreeWithAnIndependentCalendarFor2025To2060() {
        for (int year = StatutoryHolidays.FIRST_YEAR; year <= StatutoryHolidays.LAST_YEAR; year++) {
            assertThat(StatutoryHolidays.lunar(year, 1, 1)).as("New Year " + year).isEqualTo(reference(year, 1, 1));
            assertThat(StatutoryHolidays.lunar(year, 5, 5)).as("Dragon Boat " + year).isEqualTo(reference(year, 5, 5));
            assertThat(StatutoryHolidays.lunar(year, 8, 15)).as("Mid-Autumn " + year).isEqualTo(reference(year, 8, 15));
            Solar qingming = Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明");
            assertThat(StatutoryHolidays.qingming(year)).as("Qingming " + year)
                    .isEqualTo(LocalDate.of(qingming.getYear(), qingming.getMonth(), qingming.getDay()));
        }
    }

    /** Worked from the published tables: 2027's Spring Festival eve is Friday 5 February, day 3 is 8 February. */
    @Test
    void spring2027IsTheFifthToTheEighthOfFebruary() {
        var days = StatutoryHolidays.of(2027).stream()
                .filter(d -> d.date().getMonthValue() == 2).map(HolidayYear.SpecialDay::date).toList();
        assertThat(days).containsExactly(LocalDate.parse("2027-02-05"), LocalDate.parse("2027-02-06"),
                LocalDate.parse("2027-02-07"), LocalDate.parse("2027-02-08"));
    }

    private static LocalDate reference(int year, int month, int day) {
        Solar s = Lunar.fromYmd(year, month, day).getSolar();
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }
}

package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = WorkingDayCalendars.bundled();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2026-02-13, WORKDAY",
        "2026-02-14, ADJUSTED_WORKDAY",
        "2026-02-15, HOLIDAY",
        "2026-02-17, HOLIDAY",
        "2026-02-23, HOLIDAY",
        "2026-02-24, WORKDAY",
        "2026-02-28, ADJUSTED_WORKDAY",
        "2026-03-01, WEEKEND",
        "2026-09-20, ADJUSTED_WORKDAY",
        "2026-10-01, HOLIDAY",
        "2026-10-07, HOLIDAY",
        "2026-10-10, ADJUSTED_WORKDAY",
        "2026-10-11, WEEKEND",
        "2023-10-07, ADJUSTED_WORKDAY",
        "2022-12-31, HOLIDAY",
        "2027-01-01, HOLIDAY", // no notice: the regulation's New Year's Day, estimated (issue 11)
        "2027-01-02, WEEKEND"
    })
    void officialNoticesDecideTheDay(LocalDate date, DayKind kind) {
        assertThat(calendar.kind(date)).isEqualTo(kind);
    }

    @Test
    void holidaysKeepTheirPublishedName() {
        assertThat(calendar.specialDayName(LocalDate.parse("2026-02-17"))).contains("春节");
        assertThat(calendar.specialDayName(LocalDate.parse("2026-03-17"))).isEmpty();
    }

    @Test
    void shippedYearsAre2020To2026And2027HasNoNotice() {
        assertThat(calendar.sources().keySet()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(calendar.hasData(2026)).isTrue();
        assertThat(calendar.hasData(2027)).isFalse();
    }

    @Test
    void nthWorkingDayAgreesWithWalkingDayByDayFrom2020To2027() {
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
            for (int n : new int[] {1, 3, 7, 15, 45}) {
                LocalDate walked = d;
                int counted = 0;
                while (counted < n) {
                    walked = walked.plusDays(1);
                    if (calendar.isWorkingDay(walked)) {
                        counted++;
                    }
                }
                assertThat(calendar.nthWorkingDayAfter(d, n)).as("%s + %d", d, n).isEqualTo(walked);
            }
        }
    }

    @Test
    void anUnpublishedYearFileInTheDataFolderIsNoData(@TempDir Path dataDir) throws IOException {
        Path holidays = Files.createDirectories(dataDir.resolve("holidays"));
        // as holiday-cn publishes a year before the State Council's notice
        Files.writeString(holidays.resolve("2027.json"), """
                {"$schema": "https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json",
                 "year": 2027, "papers": [], "days": []}
                """);
        WorkingDayCalendars.Loaded loaded = WorkingDayCalendars.load(dataDir);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.calendar().hasData(2027)).isFalse();
    }

    @Test
    void aNewerYearInTheDataFolderIsRead(@TempDir Path dataDir) throws IOException {
        Path holidays = Files.createDirectories(dataDir.resolve("holidays"));
        Files.writeString(holidays.resolve("2027.json"), """
                {"year": 2027, "papers": ["https://www.gov.cn/example"],
                 "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                          {"name": "春节", "date": "2027-02-06", "isOffDay": false}]}
                """);
        WorkingDayCalendar c = WorkingDayCalendars.load(dataDir).calendar();
        assertThat(c.hasData(2027)).isTrue();
        assertThat(c.kind(LocalDate.parse("2027-01-01"))).isEqualTo(DayKind.HOLIDAY);
        assertThat(c.kind(LocalDate.parse("2027-02-06"))).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(c.sources().get(2027)).endsWith("2027.json");
    }

    @Test
    void theDataFolderWinsForTheSameYear(@TempDir Path dataDir) throws IOException {
        Path holidays = Files.createDirectories(dataDir.resolve("holidays"));
        Files.writeString(holidays.resolve("2026.json"), """
                {"year": 2026, "papers": ["https://www.gov.cn/corrected"],
                 "days": [{"name": "春节", "date": "2026-02-16", "isOffDay": true}]}
                """);
        WorkingDayCalendar c = WorkingDayCalendars.load(dataDir).calendar();
        assertThat(c.kind(LocalDate.parse("2026-02-16"))).isEqualTo(DayKind.HOLIDAY);
        assertThat(c.kind(LocalDate.parse("2026-02-20"))).isEqualTo(DayKind.WORKDAY);
        assertThat(c.sources().get(2026)).startsWith(dataDir.toString());
    }

    @Test
    void aBrokenDataFolderFileIsReportedByFileAndFieldAndLeftOut(@TempDir Path dataDir) throws IOException {
        Path holidays = Files.createDirectories(dataDir.resolve("holidays"));
        Files.writeString(holidays.resolve("2027.json"), """
                {"year": 2027, "papers": [], "days": [{"name": "元旦", "date": "2027-13-01", "isOffDay": true}]}
                """);
        WorkingDayCalendars.Loaded loaded = WorkingDayCalendars.load(dataDir);
        assertThat(loaded.problems()).singleElement().asString()
                .contains("2027.json", "days[0].date", "2027-13-01");
        assertThat(loaded.calendar().hasData(2027)).isFalse();
    }

    @Test
    void strictParseNamesFileAndField() {
        assertThatThrownBy(() -> HolidayFileParser.parse("x.json", "{\"year\": 2027, \"papers\": [], \"days\": [{\"name\": \"a\", \"date\": \"2027-01-01\", \"isOffDay\": \"yes\"}]}"))
                .hasMessage("x.json: days[0].isOffDay: \"yes\" is not true or false");
        assertThatThrownBy(() -> HolidayFileParser.parse("x.json", "{\"year\": 2027, \"days\": []}"))
                .hasMessage("x.json: papers: missing");
        assertThatThrownBy(() -> HolidayFileParser.parse("x.json", "{\"year\": 2027, \"papers\": [], \"days\": [], \"holidays\": 1}"))
                .hasMessage("x.json: holidays: unknown field");
        assertThatThrownBy(() -> HolidayFileParser.parse("x.json", "{\"year\": 2027,"))
                .hasMessageStartingWith("x.json: not valid JSON");
    }

    @Test
    void withoutAnyNoticeOnlyWeekendsRestBeforeTheRevisedRegulation() {
        WorkingDayCalendar none = WorkingDayCalendar.weekendsOnly();
        assertThat(none.isWorkingDay(LocalDate.parse("2024-10-01"))).isTrue();
        assertThat(none.isWorkingDay(LocalDate.parse("2024-10-12"))).isFalse();
        assertThat(none.hasData(2024)).isFalse();
    }

    /**
     * Issue 11 §5: a year without a notice counts the statutory holidays of the national holiday regulation
     * (revised, in force 2025-01-01, art. 2). Worked by hand from published lunar tables: 2027 Qingming 04-05,
     * Dragon Boat (5/5) 06-09, Mid-Autumn (8/15) 09-15; lunar New Year 2028 is 01-26 (eve 01-25, days 1-3 to
     * 01-28). 2027's New Year is 02-06 (a new moon at 23:56 China time, which ICU's astronomy alone puts after
     * midnight; lunar-corrections.properties), so the eve is Friday 02-05 and Tuesday 02-09 is a working day.
     */
    @Test
    void aYearWithoutANoticeAssumesTheRegulationsHolidays() {
        WorkingDayCalendar bundled = WorkingDayCalendars.bundled();
        assertThat(bundled.hasData(2027)).isFalse();
        for (String day : List.of("2027-01-01", "2027-04-05", "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15",
                "2027-10-01", "2027-10-02", "2027-10-03", "2027-02-05", "2027-02-08", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28")) {
            assertThat(bundled.kind(LocalDate.parse(day))).as(day).isEqualTo(DayKind.HOLIDAY);
        }
        // the Monday after the 2028 Spring Festival days is an ordinary working day: no make-up day is guessed
        assertThat(bundled.isWorkingDay(LocalDate.parse("2028-01-31"))).isTrue();
        assertThat(bundled.isWorkingDay(LocalDate.parse("2027-02-09"))).isTrue();
        assertThat(bundled.specialDayName(LocalDate.parse("2028-01-25"))).contains("春节");
        assertThat(bundled.assumedHolidays(2027)).hasSize(13);
        assertThat(bundled.assumedHolidays(2026)).isEmpty();
    }

    /** The computed statutory days agree with the official notices of 2025 and 2026 (every one is a day off there). */
    @Test
    void theEstimateAgreesWithThePublishedNoticesOf2025And2026() {
        WorkingDayCalendar official = WorkingDayCalendars.bundled();
        for (int year : new int[] {2025, 2026}) {
            for (HolidayYear.SpecialDay d : StatutoryHolidays.of(year)) {
                assertThat(official.kind(d.date())).as(d.date() + " " + d.name()).isIn(DayKind.HOLIDAY);
            }
        }
    }

    @Test
    void aDroppedInOfficialYearStillWins() {
        var days = List.of(new HolidayYear.SpecialDay(LocalDate.parse("2027-02-05"), "春节", false));
        WorkingDayCalendar withNotice = WorkingDayCalendar.of(List.of(new HolidayYear(2027, List.of("https://www.gov.cn/x"), days, "2027.json")));
        assertThat(withNotice.hasData(2027)).isTrue();
        assertThat(withNotice.isWorkingDay(LocalDate.parse("2027-02-05"))).isTrue();
        assertThat(withNotice.isWorkingDay(LocalDate.parse("2027-10-01"))).isTrue(); // the notice lists no National Day here
        assertThat(withNotice.assumedHolidays(2027)).isEmpty();
    }
}

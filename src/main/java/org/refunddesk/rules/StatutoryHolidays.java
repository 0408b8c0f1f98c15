package org.refunddesk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;

/**
 * The statutory holidays of the national holiday regulation (《全国年节及纪念日放假办法》, as revised in
 * force from 2025-01-01, art. 2) for a year without a State Council notice: New Year's Day (1 January),
 * Spring Festival (lunar New Year's Eve and days 1-3 of the first month), Qingming (the day of the solar
 * term), Labour Day (1-2 May), Dragon Boat (5th of the 5th month), Mid-Autumn (15th of the 8th month)
 * and National Day (1-3 October). Lunar dates come from ICU4J's Chinese calendar and Qingming from its
 * astronomer (the sun at 15° ecliptic longitude, dated in China time). Make-up days off and adjusted
 * working days are decided by each year's notice and are not guessed. Names are the published ones, so
 * explanations name them like the notices' holidays.
 */
final class StatutoryHolidays {
    /** The revision with Spring Festival eve and 2 May took effect in 2025; earlier years had fewer days. */
    static final int FIRST_YEAR = 2025;
    /** Estimates reach this far (a limitation period with restarts, with room); later years count weekends only. */
    static final int LAST_YEAR = 2060;
    private static final java.util.Map<Integer, List<HolidayYear.SpecialDay>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
    private static final double QINGMING_LONGITUDE = Math.toRadians(15);
    /** The published names, read as data (statutory-names.properties beside the notices' year files). */
    private static final Properties NAMES = load("statutory-names.properties");
    /** Month starts ICU's astronomy places a day off (new moons minutes from midnight), with their published day. */
    private static final Properties CORRECTIONS = load("lunar-corrections.properties");
    /** The movable holidays of each year, as {@link #movableDates} computes them (checked by a test): no ICU at start. */
    private static final Properties DATES = load("statutory-dates.properties");

    private StatutoryHolidays() {
    }

    /** The statutory holiday days of a year, with their published names (computed once per year: ICU's astronomy is slow). */
    static List<HolidayYear.SpecialDay> of(int year) {
        return CACHE.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    private static List<HolidayYear.SpecialDay> compute(int year) {
        String listed = DATES.getProperty(Integer.toString(year));
        return days(year, listed != null ? listed.trim().split(" +") : movableDates(year));
    }

    /** The line of statutory-dates.properties for the year, or null when the year is not listed. */
    static String listedDates(int year) {
        return DATES.getProperty(Integer.toString(year));
    }

    /**
     * Lunar New Year, Qingming, Dragon Boat and Mid-Autumn of a year, computed with ICU4J (as listed in
     * statutory-dates.properties).
     */
    static String[] movableDates(int year) {
        return new String[] {lunar(year, 1, 1).toString(), qingming(year).toString(), lunar(year, 5, 5).toString(),
            lunar(year, 8, 15).toString()};
    }

    private static List<HolidayYear.SpecialDay> days(int year, String[] movable) {
        List<HolidayYear.SpecialDay> days = new ArrayList<>(13);
        days.add(off(LocalDate.of(year, 1, 1), NAMES.getProperty("newYear")));
        LocalDate newYear = LocalDate.parse(movable[0]);
        days.add(off(newYear.minusDays(1), NAMES.getProperty("springFestival")));
        for (int d = 0; d < 3; d++) {
            days.add(off(newYear.plusDays(d), NAMES.getProperty("springFestival")));
        }
        days.add(off(LocalDate.parse(movable[1]), NAMES.getProperty("qingming")));
        days.add(off(LocalDate.of(year, 5, 1), NAMES.getProperty("labourDay")));
        days.add(off(LocalDate.of(year, 5, 2), NAMES.getProperty("labourDay")));
        days.add(off(LocalDate.parse(movable[2]), NAMES.getProperty("dragonBoat")));
        days.add(off(LocalDate.parse(movable[3]), NAMES.getProperty("midAutumn")));
        for (int d = 1; d <= 3; d++) {
            days.add(off(LocalDate.of(year, 10, d), NAMES.getProperty("nationalDay")));
        }
        return List.copyOf(days);
    }

    private static Properties load(String file) {
        Properties names = new Properties();
        try (InputStream in = StatutoryHolidays.class.getResourceAsStream("holidays/" + file)) {
            if (in == null) {
                throw new CalendarDataException(file + " is missing from the app");
            }
            names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CalendarDataException("cannot read " + file + ": " + e.getMessage());
        }
        return names;
    }

    private static HolidayYear.SpecialDay off(LocalDate date, String name) {
        return new HolidayYear.SpecialDay(date, name, true);
    }

    /** The Gregorian date of a (non-leap) lunar month and day in the Chinese year that begins in this Gregorian year. */
    static LocalDate lunar(int gregorianYear, int month, int day) {
        String corrected = CORRECTIONS.getProperty(gregorianYear + "." + month);
        if (corrected != null) {
            return LocalDate.parse(corrected).plusDays(day - 1L);
        }
        ChineseCalendar c = Icu.CALENDAR.get();
        c.clear();
        c.set(Calendar.JULIAN_DAY, (int) (LocalDate.of(gregorianYear, 7, 1).toEpochDay() + JULIAN_DAY_OF_EPOCH));
        int chineseYear = c.get(Calendar.EXTENDED_YEAR);
        c.clear();
        c.set(Calendar.EXTENDED_YEAR, chineseYear);
        c.set(Calendar.MONTH, month - 1);
        c.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        c.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(c.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }

    /** The day, in China time, on which the sun reaches 15° ecliptic longitude (清明). */
    static LocalDate qingming(int year) {
        CalendarAstronomer astronomer = new CalendarAstronomer(
                LocalDate.of(year, 3, 20).atStartOfDay(CHINA).toInstant().toEpochMilli());
        long at = astronomer.getSunTime(QINGMING_LONGITUDE, true);
        return java.time.Instant.ofEpochMilli(at).atZone(CHINA).toLocalDate();
    }

    /** Loaded only when a date is computed (a year not listed, or the test that checks the list). */
    private static final class Icu {
        /** One calendar per thread: it caches its astronomy (new moons, solstices), which makes repeat years cheap. */
        static final ThreadLocal<ChineseCalendar> CALENDAR = ThreadLocal.withInitial(ChineseCalendar::new);
    }
}

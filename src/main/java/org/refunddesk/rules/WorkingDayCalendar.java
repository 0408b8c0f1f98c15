package org.refunddesk.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The official working-day calendar (DOMAIN.md §8): a date is a working day if it is an adjusted
 * working day, or Monday-Friday and not a holiday. Years without a published notice count weekends and
 * the statutory holidays of the national holiday regulation ({@link StatutoryHolidays}, from 2025 on),
 * and {@link #hasData(int)} says so, so callers can mark their result as an estimate.
 * Precomputed once into flat arrays by epoch day (day kinds, a running count of working days, where
 * each working day falls, a running count of days without a notice), so "the 45th working day after
 * X", "the next working day" and "did this count rely on a year without a notice" are array lookups.
 */
public final class WorkingDayCalendar {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2150;
    private static final DayKind[] KINDS = DayKind.values();

    private final long baseDay = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private final long endDay = LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay();
    private final byte[] kinds;
    private final short[] nameIndex;
    private final List<String> names = new ArrayList<>();
    /** workingBefore[i] = working days in [baseDay, baseDay + i). */
    private final int[] workingBefore;
    /** workingDays[k] = index (day - baseDay) of the k-th working day from baseDay, k from 0. */
    private final int[] workingDays;
    /** noNoticeBefore[i] = days in [baseDay, baseDay + i) whose year has no notice. */
    private final int[] noNoticeBefore;
    private final boolean[] yearHasData = new boolean[LAST_YEAR - FIRST_YEAR + 1];
    private final Map<Integer, String> sources;

    private WorkingDayCalendar(Collection<HolidayYear> years) {
        int size = (int) (endDay - baseDay);
        kinds = new byte[size];
        nameIndex = new short[size];
        for (int i = 0; i < size; i++) {
            kinds[i] = (byte) weekdayKind(baseDay + i).ordinal();
            nameIndex[i] = -1;
        }
        Map<Integer, String> src = new TreeMap<>();
        Map<String, Short> nameIds = new HashMap<>();
        for (HolidayYear year : years) {
            if (!year.published() || year.year() < FIRST_YEAR || year.year() > LAST_YEAR) {
                continue;
            }
            yearHasData[year.year() - FIRST_YEAR] = true;
            src.put(year.year(), year.source());
            for (HolidayYear.SpecialDay day : year.days()) {
                int i = (int) (day.date().toEpochDay() - baseDay);
                if (i < 0 || i >= size) {
                    continue;
                }
                boolean weekend = isWeekend(day.date().toEpochDay());
                DayKind kind = day.offDay() ? DayKind.HOLIDAY : (weekend ? DayKind.ADJUSTED_WORKDAY : DayKind.WORKDAY);
                kinds[i] = (byte) kind.ordinal();
                nameIndex[i] = nameIds.computeIfAbsent(day.name(), n -> {
                    names.add(n);
                    return (short) (names.size() - 1);
                });
            }
        }
        // years without a notice: the regulation's statutory holidays, still an estimate (issue 11 §5)
        for (int y = StatutoryHolidays.FIRST_YEAR; y <= StatutoryHolidays.LAST_YEAR; y++) {
            if (yearHasData[y - FIRST_YEAR]) {
                continue;
            }
            for (HolidayYear.SpecialDay day : StatutoryHolidays.of(y)) {
                int i = (int) (day.date().toEpochDay() - baseDay);
                if (KINDS[kinds[i]] == DayKind.HOLIDAY) {
                    continue; // Mid-Autumn on National Day: the first name stays
                }
                kinds[i] = (byte) DayKind.HOLIDAY.ordinal();
                nameIndex[i] = nameIds.computeIfAbsent(day.name(), n -> {
                    names.add(n);
                    return (short) (names.size() - 1);
                });
            }
        }
        sources = Collections.unmodifiableMap(src);
        workingBefore = new int[size + 1];
        for (int i = 0; i < size; i++) {
            workingBefore[i + 1] = workingBefore[i] + (KINDS[kinds[i]].working() ? 1 : 0);
        }
        workingDays = new int[workingBefore[size]];
        noNoticeBefore = new int[size + 1];
        for (int i = 0; i < size; i++) {
            if (KINDS[kinds[i]].working()) {
                workingDays[workingBefore[i]] = i;
            }
            boolean noNotice = !yearHasData[LocalDate.ofEpochDay(baseDay + i).getYear() - FIRST_YEAR];
            noNoticeBefore[i + 1] = noNoticeBefore[i] + (noNotice ? 1 : 0);
        }
    }

    /** A calendar from these year notices; unpublished years (no days, no papers) count as no data. */
    public static WorkingDayCalendar of(Collection<HolidayYear> years) {
        return new WorkingDayCalendar(years);
    }

    /** A calendar without any notice: weekends (and, from 2025, the estimated statutory holidays), every year an estimate. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(List.of());
    }

    public DayKind kind(LocalDate date) {
        return kind(date.toEpochDay());
    }

    public DayKind kind(long epochDay) {
        if (epochDay < baseDay || epochDay >= endDay) {
            return weekdayKind(epochDay);
        }
        return KINDS[kinds[(int) (epochDay - baseDay)]];
    }

    public boolean isWorkingDay(LocalDate date) {
        return kind(date).working();
    }

    public boolean isWorkingDay(long epochDay) {
        return kind(epochDay).working();
    }

    /** The holiday's published name (Spring Festival as written in the notice) for a holiday or adjusted working day; empty for ordinary days. */
    public Optional<String> specialDayName(LocalDate date) {
        return Optional.ofNullable(specialDayName(date.toEpochDay()));
    }

    String specialDayName(long epochDay) {
        if (epochDay < baseDay || epochDay >= endDay) {
            return null;
        }
        short n = nameIndex[(int) (epochDay - baseDay)];
        return n < 0 ? null : names.get(n);
    }

    /** Whether the official notice of this year is loaded. */
    public boolean hasData(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR && yearHasData[year - FIRST_YEAR];
    }

    /** The holidays assumed for a year without a notice (empty for a year with one, or out of the estimated range). */
    public List<HolidayYear.SpecialDay> assumedHolidays(int year) {
        if (hasData(year) || year < StatutoryHolidays.FIRST_YEAR || year > StatutoryHolidays.LAST_YEAR) {
            return List.of();
        }
        return StatutoryHolidays.of(year);
    }

    /** The years covered by notices, and where each was read from. */
    public Map<Integer, String> sources() {
        return sources;
    }

    /** The first year in [fromYear, toYear] without a notice, or 0 when all are covered. */
    public int firstYearWithoutData(int fromYear, int toYear) {
        for (int y = fromYear; y <= toYear; y++) {
            if (!hasData(y)) {
                return y;
            }
        }
        return 0;
    }

    /** The first year without a notice among the years of the days [fromDay, toDay], or 0 when all are covered. */
    public int firstYearWithoutDataBetween(long fromDay, long toDay) {
        if (fromDay >= baseDay && toDay < endDay && fromDay <= toDay
                && noNoticeBefore[(int) (toDay - baseDay) + 1] == noNoticeBefore[(int) (fromDay - baseDay)]) {
            return 0; // the usual answer, without turning days into years
        }
        return firstYearWithoutData(LocalDate.ofEpochDay(fromDay).getYear(), LocalDate.ofEpochDay(toDay).getYear());
    }

    /** The n-th working day after the given day (the day itself not counted), n ≥ 1. */
    public long nthWorkingDayAfter(long epochDay, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        if (epochDay < baseDay || epochDay >= endDay) {
            return walkWorkingDays(epochDay, n);
        }
        // working days before the day after the start, plus n - 1: the index of the n-th one counted
        long k = (long) workingBefore[(int) (epochDay - baseDay) + 1] + n - 1;
        return k < workingDays.length ? baseDay + workingDays[(int) k] : walkWorkingDays(epochDay, n);
    }

    public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
        return LocalDate.ofEpochDay(nthWorkingDayAfter(date.toEpochDay(), n));
    }

    /** The day itself when it is a working day, else the next working day. */
    public long workingDayOnOrAfter(long epochDay) {
        if (epochDay >= baseDay && epochDay < endDay) {
            int k = workingBefore[(int) (epochDay - baseDay)];
            if (k < workingDays.length) {
                return baseDay + workingDays[k];
            }
        }
        long d = epochDay;
        while (!isWorkingDay(d)) {
            d++;
        }
        return d;
    }

    private long walkWorkingDays(long epochDay, int n) {
        long d = epochDay;
        int counted = 0;
        while (counted < n) {
            d++;
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private static DayKind weekdayKind(long epochDay) {
        return isWeekend(epochDay) ? DayKind.WEEKEND : DayKind.WORKDAY;
    }

    static boolean isWeekend(long epochDay) {
        // 1970-01-01 was a Thursday: index 0 = Thursday, 2 = Saturday, 3 = Sunday
        int dow = (int) Math.floorMod(epochDay + 3, 7L) + 1; // ISO: Monday = 1 ... Sunday = 7
        return dow == DayOfWeek.SATURDAY.getValue() || dow == DayOfWeek.SUNDAY.getValue();
    }
}

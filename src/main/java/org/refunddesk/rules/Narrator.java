package org.refunddesk.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the arithmetic of a {@link DateCounter.Count} in words: the start ("not counted"), the
 * working days counted, the rest days skipped and adjusted working days met on the way, a last day
 * moved off a rest day, and the due time ("24:00 of D, i.e. 00:00 of D+1").
 */
final class Narrator {
    private final Phrases p;
    private final WorkingDayCalendar calendar;

    Narrator(Phrases phrases, WorkingDayCalendar calendar) {
        this.p = phrases;
        this.calendar = calendar;
    }

    Phrases phrases() {
        return p;
    }

    /** "Refund applied for 2026-02-12 (Thu) 10:00". */
    String start(String label, Instant at) {
        String when = DateText.dateTime(at, p);
        return p.startEvent.render(n -> "event".equals(n) ? label : "date".equals(n) ? when : null);
    }

    /** The counting, with notes (e.g. limitation restarts) between the start and the arithmetic. */
    String count(DateCounter.Count c, List<String> notes, boolean restarted) {
        StringBuilder sb = new StringBuilder(160);
        if (c.unit().exactTime()) {
            String unit = p.unit(c.unit());
            p.countExact.render(sb, n -> "length".equals(n) ? String.valueOf(c.length()) : "unit".equals(n) ? unit : null);
            return sb.toString();
        }
        sb.append(p.countBegin);
        for (String note : notes) {
            sb.append(p.partSeparator).append(note);
        }
        if (restarted) {
            String day = DateText.full(c.startDay(), p);
            sb.append(p.partSeparator);
            p.restartBegin.render(sb, n -> "date".equals(n) ? day : null);
        }
        if (c.unit() == PeriodUnit.WORKING_DAYS) {
            walkWorkingDays(sb, c);
        } else {
            lastDay(sb, c);
        }
        return sb.toString();
    }

    String due(DateCounter.Count c) {
        StringBuilder instant = new StringBuilder(24);
        DateText.iso(instant, c.dueAt());
        if (c.unit().exactTime()) {
            String when = DateText.dateTime(c.dueAt(), p);
            return p.dueExact.render(n -> "date".equals(n) ? when : "instant".equals(n) ? instant : null);
        }
        String day = DateText.full(c.lastDay(), p);
        return p.dueDay.render(n -> "date".equals(n) ? day : "instant".equals(n) ? instant : null);
    }

    /** "the demand letter names 2026-11-30 (Mon) 18:00" and its due text. */
    String givenDeadline(Instant deadlineAt) {
        String when = DateText.dateTime(deadlineAt, p);
        return p.givenDeadline.render(n -> "date".equals(n) ? when : null);
    }

    String dueAt(Instant at) {
        String when = DateText.dateTime(at, p);
        StringBuilder instant = new StringBuilder(24);
        DateText.iso(instant, at);
        return p.dueExact.render(n -> "date".equals(n) ? when : "instant".equals(n) ? instant : null);
    }

    private void walkWorkingDays(StringBuilder sb, DateCounter.Count c) {
        int year = LocalDate.ofEpochDay(c.startDay()).getYear();
        int k = 0;
        long runFrom = -1;
        long runTo = -1;
        String runName = null;
        for (long d = c.startDay() + 1; d <= c.lastDay(); d++) {
            DayKind kind = calendar.kind(d);
            if (!kind.working()) {
                if (runFrom < 0) {
                    runFrom = d;
                    runName = null;
                }
                if (kind == DayKind.HOLIDAY && runName == null) {
                    runName = calendar.specialDayName(d);
                }
                runTo = d;
                continue;
            }
            if (runFrom >= 0) {
                skippedRun(sb, runFrom, runTo, runName, year);
                runFrom = -1;
            }
            k++;
            final int n = k;
            final long day = d;
            if (kind == DayKind.ADJUSTED_WORKDAY) {
                sb.append(p.partSeparator);
                p.adjusted.render(sb, name -> "n".equals(name) ? String.valueOf(n) : "date".equals(name) ? shortDay(day, year) : null);
            } else if (k == 1 || d == c.lastDay()) {
                sb.append(p.partSeparator);
                p.workingDay.render(sb, name -> "n".equals(name) ? String.valueOf(n) : "date".equals(name) ? shortDay(day, year) : null);
            }
        }
    }

    private void skippedRun(StringBuilder sb, long from, long to, String holidayName, int year) {
        String name = restName(holidayName);
        StringBuilder f = new StringBuilder(10);
        DateText.bare(f, from, year);
        sb.append(p.partSeparator);
        if (from == to) {
            p.skippedOne.render(sb, n -> "name".equals(n) ? name : "from".equals(n) ? f : null);
        } else {
            StringBuilder t = new StringBuilder(10);
            DateText.bare(t, to, year);
            p.skipped.render(sb, n -> "name".equals(n) ? name : "from".equals(n) ? f : "to".equals(n) ? t : null);
        }
    }

    private String restName(String holidayName) {
        if (holidayName == null) {
            return p.weekend;
        }
        String shown = p.holidayName(holidayName);
        return p.holiday.render(n -> "name".equals(n) ? shown : null);
    }

    private void lastDay(StringBuilder sb, DateCounter.Count c) {
        String nominal = DateText.full(c.nominalLastDay(), p);
        String length = String.valueOf(c.length());
        sb.append(p.partSeparator);
        if (c.unit() == PeriodUnit.CALENDAR_DAYS) {
            p.nthDay.render(sb, n -> "length".equals(n) ? length : "date".equals(n) ? nominal : null);
        } else {
            String unit = p.unit(c.unit());
            p.correspondingDay.render(sb, n -> "length".equals(n) ? length : "unit".equals(n) ? unit
                    : "date".equals(n) ? nominal : null);
            if (LocalDate.ofEpochDay(c.nominalLastDay()).getDayOfMonth() != LocalDate.ofEpochDay(c.startDay()).getDayOfMonth()) {
                sb.append(p.monthEnd);
            }
        }
        if (c.moved()) {
            String name = restName(calendar.kind(c.nominalLastDay()) == DayKind.HOLIDAY
                    ? calendar.specialDayName(c.nominalLastDay()) : null);
            p.restDay.render(sb, n -> "name".equals(n) ? name : null);
            String last = DateText.full(c.lastDay(), p);
            p.moved.render(sb, n -> "date".equals(n) ? last : null);
        }
    }

    private String shortDay(long day, int year) {
        StringBuilder sb = new StringBuilder(14);
        DateText.shortDay(sb, day, year, p);
        return sb.toString();
    }

    /** "Demand sent on 2026-03-02 (Mon): restarts the period" and the like: a template about one event. */
    String eventNote(Template template, org.refunddesk.domain.CaseEvent e, String why) {
        String what = p.eventLabel(e);
        String when = DateText.full(ShanghaiTime.epochDay(e.at()), p);
        return template.render(n -> "event".equals(n) ? what : "date".equals(n) ? when : "why".equals(n) ? why : null);
    }

    /** The estimate warning for a count that relied on a year without a notice, or null. */
    String estimate(DateCounter.Count c) {
        if (!c.estimate()) {
            return null;
        }
        int y = c.yearWithoutData();
        String year = String.valueOf(y);
        java.util.List<HolidayYear.SpecialDay> assumed = calendar.assumedHolidays(y);
        if (assumed.isEmpty()) {
            return p.estimate.render(n -> "year".equals(n) ? year : null);
        }
        String holidays = assumedHolidays(assumed, y);
        return p.estimateHolidays.render(n -> "year".equals(n) ? year : "holidays".equals(n) ? holidays : null);
    }

    /** "New Year's Day 01-01, Spring Festival 02-05 to 02-08, …": runs of days under one name. */
    private String assumedHolidays(java.util.List<HolidayYear.SpecialDay> days, int year) {
        java.util.List<HolidayYear.SpecialDay> sorted = new java.util.ArrayList<>(days);
        sorted.sort(java.util.Comparator.comparing(HolidayYear.SpecialDay::date));
        StringBuilder sb = new StringBuilder(160);
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).name().equals(sorted.get(i).name())
                    && sorted.get(j + 1).date().equals(sorted.get(j).date().plusDays(1))) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(p.listSeparator);
            }
            sb.append(p.holidayName(sorted.get(i).name())).append(' ');
            DateText.bare(sb, sorted.get(i).date().toEpochDay(), year);
            if (j > i) {
                sb.append(' ').append(p.rangeTo).append(' ');
                DateText.bare(sb, sorted.get(j).date().toEpochDay(), year);
            }
            i = j + 1;
        }
        return sb.toString();
    }
}

package org.refunddesk.rules;

import java.time.Instant;
import java.time.LocalDate;

/** Dates and times in Asia/Shanghai written by hand: explanations are made for every case, so no formatter objects. */
final class DateText {
    private DateText() {
    }

    static int isoWeekday(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L) + 1;
    }

    /** "2026-02-12 (Thu)", the weekday in the chosen language. */
    static void full(StringBuilder sb, long epochDay, Phrases p) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        sb.append(d.getYear()).append('-');
        two(sb, d.getMonthValue()).append('-');
        two(sb, d.getDayOfMonth()).append(" (").append(p.weekdays[isoWeekday(epochDay)]).append(')');
    }

    /** "02-13 (Fri)", or the full date when the year differs from {@code year}. */
    static void shortDay(StringBuilder sb, long epochDay, int year, Phrases p) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        if (d.getYear() != year) {
            full(sb, epochDay, p);
            return;
        }
        two(sb, d.getMonthValue()).append('-');
        two(sb, d.getDayOfMonth()).append(" (").append(p.weekdays[isoWeekday(epochDay)]).append(')');
    }

    /** "02-15", or "2027-01-02" when the year differs. */
    static void bare(StringBuilder sb, long epochDay, int year) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        if (d.getYear() != year) {
            sb.append(d.getYear()).append('-');
        }
        two(sb, d.getMonthValue()).append('-');
        two(sb, d.getDayOfMonth());
    }

    /** "2026-02-12 (Thu) 10:00" (seconds only when not zero). */
    static void dateTime(StringBuilder sb, Instant at, Phrases p) {
        full(sb, ShanghaiTime.epochDay(at), p);
        sb.append(' ');
        time(sb, at);
    }

    /** "2026-02-25T00:00+08:00". */
    static void iso(StringBuilder sb, Instant at) {
        LocalDate d = LocalDate.ofEpochDay(ShanghaiTime.epochDay(at));
        sb.append(d.getYear()).append('-');
        two(sb, d.getMonthValue()).append('-');
        two(sb, d.getDayOfMonth()).append('T');
        time(sb, at);
        sb.append("+08:00");
    }

    private static void time(StringBuilder sb, Instant at) {
        int s = ShanghaiTime.secondOfDay(at);
        two(sb, s / 3600).append(':');
        two(sb, s / 60 % 60);
        if (s % 60 != 0) {
            sb.append(':');
            two(sb, s % 60);
        }
    }

    static String full(long epochDay, Phrases p) {
        StringBuilder sb = new StringBuilder(18);
        full(sb, epochDay, p);
        return sb.toString();
    }

    static String dateTime(Instant at, Phrases p) {
        StringBuilder sb = new StringBuilder(24);
        dateTime(sb, at, p);
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }
}

package org.refunddesk.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the shape of time the app writes — {@code 2026-11-20T10:00:00+08:00} in case files and backups,
 * {@code 2026-11-21T02:00:00Z} ({@link java.time.Instant#toString}) in stored summaries: seconds always there, a
 * fraction of a second, an offset or {@code Z} — without {@code DateTimeFormatter} (issue 14: its general parser was
 * a seventh of a restore's time, and a microsecond per deadline where the agenda reads hundreds of thousands).
 * Anything else, and anything out of range, answers null: the caller then parses it the general way, which also
 * words the error.
 */
public final class IsoTimes {
    private IsoTimes() {
    }

    /** The instant of {@code text} when it has exactly the written shape and valid fields, else null. */
    public static Instant parseWritten(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int from = ++at;
            while (at < n && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            int count = at - from;
            if (count == 0 || count > 9) {
                return null;
            }
            nanos = digits(text, from, count);
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (at == n - 1 && text.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == n - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
            int hours = digits(text, at + 1, 2);
            int minutes = digits(text, at + 4, 2);
            if ((hours | minutes) < 0 || hours > 18 || minutes > 59) {
                return null;
            }
            offsetSeconds = (hours * 3600 + minutes * 60) * (text.charAt(at) == '-' ? -1 : 1);
        } else {
            return null;
        }
        try {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSeconds);
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The number in {@code count} ASCII digits from {@code from}, or -1 when one of them is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}

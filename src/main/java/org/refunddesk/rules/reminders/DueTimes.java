package org.refunddesk.rules.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.refunddesk.rules.i18n.Messages;

/** Due times and countdowns as the user reads them, always in Asia/Shanghai. */
public final class DueTimes {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private DueTimes() {
    }

    /**
     * "2026-02-20 10:00"; a day clock ending at midnight is written as "2026-02-19 24:00", the way the law
     * counts it (Civil Code art. 203: a day ends at 24:00), not as the first minute of the next day.
     */
    public static String format(Instant instant) {
        ZonedDateTime local = instant.atZone(SHANGHAI);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return DATE.format(local.minusDays(1)) + " 24:00";
        }
        return DATE_TIME.format(local);
    }

    /** The calendar day a deadline falls on (the day before for a 24:00 deadline). */
    public static String formatDay(Instant instant) {
        ZonedDateTime local = instant.atZone(SHANGHAI);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            local = local.minusDays(1);
        }
        return DATE.format(local);
    }

    /** Time left (or overdue): days and hours from two days on, hours from an hour, else minutes. */
    public static String countdown(Instant now, Instant due, Messages messages) {
        Duration left = Duration.between(now, due);
        boolean overdue = left.isNegative();
        String span = span(left.abs(), messages);
        return messages.get(overdue ? "timeline.countdown.overdue" : "timeline.countdown.left", span);
    }

    static String span(Duration d, Messages messages) {
        // numbers go in as text: MessageFormat would write 1096 days as "1,096"
        long days = d.toDays();
        long hours = d.toHoursPart();
        if (days >= 2) {
            return hours == 0 ? messages.get("timeline.span.days", String.valueOf(days))
                    : messages.get("timeline.span.daysHours", String.valueOf(days), String.valueOf(hours));
        }
        if (d.toHours() > 0) {
            return messages.get("timeline.span.hours", String.valueOf(d.toHours()));
        }
        return messages.get("timeline.span.minutes", String.valueOf(Math.max(d.toMinutesPart(), d.isZero() ? 0 : 1)));
    }
}

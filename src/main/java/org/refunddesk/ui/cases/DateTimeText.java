package org.refunddesk.ui.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Moments as the user sees and types them: a date and an "HH:mm" time in Asia/Shanghai. */
public final class DateTimeText {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DateTimeText() {
    }

    /** "9:05", "09:05" or "09:05:30"; empty for anything else. */
    public static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.matches("\\d:\\d\\d(:\\d\\d)?")) {
            trimmed = "0" + trimmed;
        }
        try {
            return Optional.of(LocalTime.parse(trimmed));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Instant toInstant(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(SHANGHAI).toInstant();
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(SHANGHAI).toLocalDate();
    }

    public static String timeOf(Instant instant) {
        return TIME.format(instant.atZone(SHANGHAI));
    }

    /** "2026-11-20 10:00" in Shanghai time; empty for null. */
    public static String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(SHANGHAI));
    }
}

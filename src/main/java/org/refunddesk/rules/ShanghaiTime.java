package org.refunddesk.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Instants to Asia/Shanghai calendar days and back, without a formatter or zone lookup per call. */
public final class ShanghaiTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int OFFSET_SECONDS = 8 * 3600;
    /** 1992-01-01T00:00Z: China has kept UTC+8 without summer time since 1991. */
    private static final long FIXED_OFFSET_FROM = 694_224_000L;

    private ShanghaiTime() {
    }

    public static long epochDay(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIXED_OFFSET_FROM) {
            return instant.atZone(ZONE).toLocalDate().toEpochDay();
        }
        return Math.floorDiv(seconds + OFFSET_SECONDS, 86_400L);
    }

    public static LocalDate date(Instant instant) {
        return LocalDate.ofEpochDay(epochDay(instant));
    }

    /** 00:00 of that day in Shanghai — which is also 24:00 of the day before. */
    public static Instant startOfDay(long epochDay) {
        if (epochDay * 86_400L - OFFSET_SECONDS < FIXED_OFFSET_FROM) {
            return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZONE).toInstant();
        }
        return Instant.ofEpochSecond(epochDay * 86_400L - OFFSET_SECONDS);
    }

    /** Seconds since midnight Shanghai time. */
    static int secondOfDay(Instant instant) {
        return (int) Math.floorMod(instant.getEpochSecond() + OFFSET_SECONDS, 86_400L);
    }
}

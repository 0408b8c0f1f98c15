package org.refunddesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The written-shape time reader agrees with {@code OffsetDateTime.parse}, and leaves everything else to it. */
class IsoTimesTest {
    private static final String ALPHABET = "0123456789-:T.Z+ tz";

    @Test
    void readsEveryWrittenTimeAsTheGeneralParserDoes() {
        Random random = new Random(20261126);
        for (int i = 0; i < 20_000; i++) {
            String text = written(random);
            assertThat(IsoTimes.parseWritten(text)).as(text).isEqualTo(OffsetDateTime.parse(text).toInstant());
        }
    }

    @Test
    void neverAcceptsWhatTheGeneralParserRejectsNorDisagreesWithIt() {
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            char[] text = written(random).toCharArray();
            for (int changes = 1 + random.nextInt(2); changes > 0; changes--) {
                text[random.nextInt(text.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            String mutated = new String(text);
            Instant general;
            try {
                general = OffsetDateTime.parse(mutated).toInstant();
            } catch (DateTimeException rejected) {
                general = null;
            }
            Instant fast = IsoTimes.parseWritten(mutated);
            if (fast != null) {
                assertThat(fast).as(mutated).isEqualTo(general);
            }
        }
    }

    @Test
    void theShapesItLeavesToTheGeneralParser() {
        assertThat(IsoTimes.parseWritten("2026-11-20T10:00+08:00")).isNull(); // no seconds
        assertThat(IsoTimes.parseWritten("2026-11-20T10:00:00")).isNull(); // no offset: read as Shanghai time
        assertThat(IsoTimes.parseWritten("2026-11-20T10:00:00+08:00:30")).isNull();
        assertThat(IsoTimes.parseWritten("2026-02-30T10:00:00+08:00")).isNull(); // no such day
        assertThat(IsoTimes.parseWritten("2026-11-20T24:00:00+08:00")).isNull();
        assertThat(IsoTimes.parseWritten("2026-11-20T10:00:00.+08:00")).isNull();
        assertThat(IsoTimes.parseWritten("2026-11-20T10:00:00.1234567890+08:00")).isNull();
        assertThat(IsoTimes.parseWritten("2026-11-20t10:00:00+08:00")).isNull();
        assertThat(IsoTimes.parseWritten("2026-11-20T10:00:00+19:00")).isNull();
        assertThat(IsoTimes.parseWritten("2026-11-20T10:00:00.5Z")).isEqualTo(Instant.parse("2026-11-20T10:00:00.5Z"));
        assertThat(IsoTimes.parseWritten("2026-11-20T10:00:00+08:00")).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
    }

    /** A time as the app writes it: seconds always, 0-9 fraction digits, Z or an offset in whole minutes. */
    private static String written(Random random) {
        LocalDateTime local = LocalDateTime.of(1990 + random.nextInt(120), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60), random.nextInt(60));
        int digits = random.nextInt(10);
        String fraction = "";
        if (digits > 0) {
            StringBuilder f = new StringBuilder(".");
            for (int d = 0; d < digits; d++) {
                f.append((char) ('0' + random.nextInt(10)));
            }
            fraction = f.toString();
        }
        String offset = switch (random.nextInt(4)) {
            case 0 -> "Z";
            case 1 -> "+08:00";
            default -> ZoneOffset.ofTotalSeconds(random.nextInt(2 * 18 * 60 + 1) * 60 - 18 * 3600).getId();
        };
        return local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")) + fraction + offset;
    }
}

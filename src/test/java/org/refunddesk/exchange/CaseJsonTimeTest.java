package org.refunddesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Issue 14: the hand-built time text of case files is exactly what ISO_OFFSET_DATE_TIME writes at +08:00. */
class CaseJsonTimeTest {
    @Test
    void writesWhatTheIsoFormatterWrites() {
        Random random = new Random(14);
        long from = Instant.parse("0900-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("+10001-01-01T00:00:00Z").getEpochSecond();
        int[] nanos = {0, 1, 10, 100_000_000, 120_000_000, 123_456_789, 999_999_999, 500_000, 7_000};
        for (int i = 0; i < 20_000; i++) {
            long second = i % 2 == 0 ? from + (long) (random.nextDouble() * (to - from))
                    : Instant.parse("2026-11-21T02:00:00Z").getEpochSecond() + random.nextInt(400 * 86_400) - 200 * 86_400;
            Instant at = Instant.ofEpochSecond(second, i % 3 == 0 ? nanos[random.nextInt(nanos.length)] : 0);
            assertThat(CaseJsonWriter.time(at)).as("%s", at).isEqualTo(
                    OffsetDateTime.ofInstant(at, CaseJsonWriter.CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        assertThat(CaseJsonWriter.time(Instant.parse("2026-11-20T16:00:00Z"))).isEqualTo("2026-11-21T00:00:00+08:00");
    }
}

package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Issue 14: the summary columns' fast instant parsing reads back exactly what Instant.toString wrote. */
class SummaryInstantTest {
    @Test
    void readsBackWhatWasWritten() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong() % 200_000_000_000L, i % 4 == 0 ? random.nextInt(1_000_000_000) : 0);
            assertThat(SummaryColumns.parseInstant(at.toString())).isEqualTo(at);
        }
    }

    @Test
    void whatIsNotAnInstantIsRefusedAsBefore() {
        assertThatThrownBy(() -> SummaryColumns.parseInstant("2026-02-30T00:00:00Z"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
        assertThatThrownBy(() -> SummaryColumns.parseInstant("2026-1x-30T00:00:00Z"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
}

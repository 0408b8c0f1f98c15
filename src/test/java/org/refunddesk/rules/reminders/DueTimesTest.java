package org.refunddesk.rules.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.refunddesk.rules.i18n.Messages;

class DueTimesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void dueTimesAreShownInShanghaiAndMidnightIsTheEndOfTheDayBefore() {
        assertThat(DueTimes.format(Instant.parse("2026-03-02T02:30:00Z"))).isEqualTo("2026-03-02 10:30");
        assertThat(DueTimes.format(Instant.parse("2026-03-04T16:00:00Z"))).isEqualTo("2026-03-04 24:00");
        assertThat(DueTimes.formatDay(Instant.parse("2026-03-04T16:00:00Z"))).isEqualTo("2026-03-04");
    }

    @ParameterizedTest
    @CsvSource({
            "PT5H, 还剩 5 小时",
            "PT5H40M, 还剩 5 小时",
            "PT30M, 还剩 30 分钟",
            "P2DT3H, 还剩 2 天 3 小时",
            "P3D, 还剩 3 天",
            "PT24H, 还剩 24 小时",
            "PT47H, 还剩 47 小时",
            "P1096DT12H, 还剩 1096 天 12 小时",
            "-PT2H, 已超过 2 小时"})
    void countdownsReadNaturallyInChinese(String left, String expected) {
        assertThat(DueTimes.countdown(NOW, NOW.plus(Duration.parse(left)), Messages.forTag("zh")))
                .isEqualTo(expected);
    }

    @Test
    void countdownsInEnglish() {
        assertThat(DueTimes.countdown(NOW, NOW.plus(Duration.ofHours(5)), Messages.forTag("en"))).isEqualTo("5 h left");
    }
}

package org.refunddesk.rules.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.rules.i18n.Messages;

class StillPossibleTest {
    private static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    private final StillPossible zh = new StillPossible(Messages.forTag("zh"));

    private static Deadline deadline(String rule, String due, DeadlineState state) {
        return new Deadline(rule, Instant.parse("2026-03-01T02:00:00Z"), Instant.parse(due), state, "", false, "",
                null);
    }

    @Test
    void aMissedPlatformWindowLeavesTheRegulatorRouteOpenUntilTheLimitationDate() {
        Deadline window = deadline("PLATFORM_REFUND_WINDOW", "2026-03-02T02:00:00Z", DeadlineState.MISSED);
        Deadline limitation = deadline("LIMITATION_PERIOD", "2029-03-01T16:00:00Z", DeadlineState.OPEN);

        List<String> advice = zh.after(window, List.of(window, limitation), NOW);

        assertThat(advice).hasSize(2);
        assertThat(advice.get(0)).contains("退款的时间窗口已过");
        assertThat(advice.get(1)).contains("12315").contains("2029-03-01");
    }

    @Test
    void whenTheLimitationPeriodIsOverTooTheAdviceSaysOnlyNegotiationRemains() {
        Deadline window = deadline("PLATFORM_REFUND_WINDOW", "2022-03-02T02:00:00Z", DeadlineState.MISSED);
        Deadline limitation = deadline("LIMITATION_PERIOD", "2025-03-01T16:00:00Z", DeadlineState.MISSED);

        assertThat(zh.after(window, List.of(window, limitation), NOW).get(1)).contains("协商");
    }

    @Test
    void everyRuleHasItsOwnAdviceInBothLanguages() {
        StillPossible en = new StillPossible(Messages.forTag("en"));
        for (String rule : List.of("ARRIVAL_CHECK", "PLATFORM_REFUND_WINDOW", "SUPPLEMENT_REPLY", "REVIEW_FOLLOW_UP",
                "REFUND_ARRIVAL", "DEMAND_DEADLINE", "PAYMENT_DISPUTE_RESULT", "REGULATOR_ACCEPTANCE",
                "REGULATOR_MEDIATION", "SMALL_CLAIMS_JUDGMENT", "LIMITATION_PERIOD")) {
            Deadline missed = deadline(rule, "2026-03-02T02:00:00Z", DeadlineState.MISSED);
            assertThat(zh.after(missed, List.of(missed), NOW).get(0)).doesNotContain("!").doesNotContain("下一步建议");
            assertThat(en.after(missed, List.of(missed), NOW).get(0)).doesNotContain("!timeline")
                    .doesNotContain("next steps");
        }
    }
}

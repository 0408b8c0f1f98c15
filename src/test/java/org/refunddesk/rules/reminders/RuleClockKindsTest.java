package org.refunddesk.rules.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;

class RuleClockKindsTest {
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    private static Deadline lasting(String rule, Duration length) {
        return new Deadline(rule, START, START.plus(length), DeadlineState.OPEN, "", false, "", null);
    }

    @ParameterizedTest
    @CsvSource({"MINUTES, HOURS", "hours, HOURS", "WORKING_DAYS, DAYS", "CALENDAR_DAYS, DAYS", "MONTHS, DAYS",
            "YEARS, DAYS"})
    void theRuleUnitDecidesTheClockKind(String unit, ClockKind expected) {
        RuleClockKinds kinds = RuleClockKinds.fromUnits(rule -> unit);
        assertThat(kinds.of(lasting("ANY", Duration.ofDays(400)))).isEqualTo(expected);
    }

    @Test
    void aRuleWithoutAKnownUnitIsJudgedByItsLength() {
        RuleClockKinds kinds = RuleClockKinds.fromUnits(Map.of("X", "HOURS")::get);
        assertThat(kinds.of(lasting("UNKNOWN", Duration.ofHours(24)))).isEqualTo(ClockKind.HOURS);
        assertThat(kinds.of(lasting("UNKNOWN", Duration.ofDays(7)))).isEqualTo(ClockKind.DAYS);
    }

    @Test
    void leadTimesAreKeptLongestFirstAndMustBePositive() {
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofHours(2), Duration.ofHours(24)), List.of());
        assertThat(policy.hourLeads()).containsExactly(Duration.ofHours(24), Duration.ofHours(2));
        assertThatThrownBy(() -> new ReminderPolicy(List.of(Duration.ZERO), List.of()))
                .hasMessageContaining("hourLeads");
    }
}

package org.refunddesk.rules.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.rules.i18n.Messages;

class ReminderTextsTest {
    private static final Instant PAID = Instant.parse("2026-03-02T02:00:00Z");
    private final UUID caseA = UUID.randomUUID();
    private final UUID caseB = UUID.randomUUID();

    private CaseDeadline item(UUID caseId, String title, String rule, Instant due, DeadlineState state) {
        return new CaseDeadline(caseId, title, null, new Deadline(rule, PAID, due, state, "", false, "", null));
    }

    @Test
    void theDefaultLeadHoursSplitIntoHourAndDayClockLeads() {
        ReminderPolicy policy = ReminderPolicy.fromHours(List.of(72, 24, 2));
        assertThat(policy).isEqualTo(ReminderPolicy.DEFAULT);
        assertThat(ReminderPolicy.fromHours(List.of(48, 6)).hourLeads()).containsExactly(Duration.ofHours(6));
        assertThat(ReminderPolicy.fromHours(List.of(48, 6)).dayLeads()).containsExactly(Duration.ofHours(48));
    }

    @Test
    void aWarningNamesTheCaseTheDeadlineTheTimeLeftAndTheDueTime() {
        CaseDeadline window = item(caseA, "快充卡盟 30 元", "PLATFORM_REFUND_WINDOW", PAID.plus(Duration.ofHours(24)),
                DeadlineState.OPEN);
        Instant now = PAID.plus(Duration.ofHours(22));
        String text = new ReminderTexts(Messages.forTag("zh"))
                .warning(new Reminder(window, Duration.ofHours(2), Duration.ofHours(2)), now);
        assertThat(text).isEqualTo("快充卡盟 30 元：平台退款申请期限还剩 2 小时（截止 2026-03-03 10:00）");
    }

    @Test
    void theMissedSummaryListsEveryMissedDeadlineOnceWithWhatCanStillBeDone() {
        Instant now = PAID.plus(Duration.ofDays(5));
        List<CaseDeadline> all = List.of(
                item(caseA, "A 案", "PLATFORM_REFUND_WINDOW", PAID.plus(Duration.ofHours(24)), DeadlineState.MISSED),
                item(caseA, "A 案", "LIMITATION_PERIOD", Instant.parse("2029-03-02T16:00:00Z"), DeadlineState.OPEN),
                item(caseB, "B 案", "SUPPLEMENT_REPLY", PAID.plus(Duration.ofHours(30)), DeadlineState.MISSED));
        ReminderCheck check = new DeadlineReminder(ReminderPolicy.DEFAULT, RuleClockKinds.of(Map.of()))
                .check(all, now, Set.of());

        String summary = new ReminderTexts(Messages.forTag("zh")).missedSummary(check, now);

        assertThat(summary).startsWith("共 2 个期限已经错过");
        assertThat(summary).contains("A 案：平台退款申请期限").contains("2029-03-02").contains("B 案：补充材料期限");
    }

    @Test
    void aLongListOfMissedDeadlinesIsCutShortAndCounted() {
        Instant now = PAID.plus(Duration.ofDays(5));
        List<CaseDeadline> all = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> item(UUID.randomUUID(), "案 " + i, "PLATFORM_REFUND_WINDOW",
                        PAID.plus(Duration.ofHours(24 + i)), DeadlineState.MISSED))
                .toList();
        ReminderCheck check = new DeadlineReminder(ReminderPolicy.DEFAULT, RuleClockKinds.of(Map.of()))
                .check(all, now, Set.of());

        String summary = new ReminderTexts(Messages.forTag("zh")).missedSummary(check, now);

        assertThat(summary).startsWith("共 8 个期限已经错过").contains("案 2：").doesNotContain("案 3：")
                .endsWith("另有 5 个已错过的期限，请在各案件的时间线中查看。");
    }
}

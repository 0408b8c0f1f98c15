package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.rules.reminders.CaseDeadline;
import org.refunddesk.rules.reminders.ClockKind;
import org.refunddesk.rules.reminders.DeadlineReminder;
import org.refunddesk.rules.reminders.DeadlineWatch;
import org.refunddesk.rules.reminders.RaisedReminder;
import org.refunddesk.rules.reminders.ReminderCheck;
import org.refunddesk.rules.reminders.ReminderPolicy;
import org.refunddesk.rules.reminders.RuleClockKinds;
import org.refunddesk.testsupport.MutableClock;

class JdbcReminderLogTest {
    private static final Instant PAID = Instant.parse("2026-03-02T02:00:00Z");
    private final List<CaseDeadline> deadlines = List.of(new CaseDeadline(UUID.randomUUID(), "快充卡盟 30 元", null,
            new Deadline("PLATFORM_REFUND_WINDOW", PAID, PAID.plus(Duration.ofHours(72)), DeadlineState.OPEN, "b",
                    false, "e", null)));

    private static DeadlineWatch watch(Database db, List<CaseDeadline> deadlines, MutableClock clock) {
        return new DeadlineWatch(() -> deadlines, new JdbcReminderLog(db),
                new DeadlineReminder(ReminderPolicy.DEFAULT,
                        RuleClockKinds.of(Map.of("PLATFORM_REFUND_WINDOW", ClockKind.HOURS))), clock);
    }

    @Test
    void raisedPairsSurviveClosingAndReopeningTheStore(@TempDir Path dir) {
        try (Database db = Database.open(dir)) {
            new JdbcReminderLog(db).record(List.of(new RaisedReminder("k", Duration.ofHours(2)),
                    new RaisedReminder("k", RaisedReminder.MISSED)), PAID);
            new JdbcReminderLog(db).record(List.of(new RaisedReminder("k", Duration.ofHours(2))), PAID);
        }
        try (Database db = Database.open(dir)) {
            assertThat(new JdbcReminderLog(db).raised()).containsExactlyInAnyOrder(
                    new RaisedReminder("k", Duration.ofHours(2)), new RaisedReminder("k", Duration.ZERO));
        }
    }

    @Test
    void aWarningRaisedBeforeARestartIsNotRaisedAgainAfterIt(@TempDir Path dir) {
        MutableClock clock = new MutableClock(PAID.plus(Duration.ofHours(47))); // 25 h before due
        int shown = 0;
        try (Database db = Database.open(dir)) {
            DeadlineWatch running = watch(db, deadlines, clock);
            for (int minute = 0; minute < 120; minute++) { // one check a minute, across the 24 h lead
                shown += running.checkNow().warnings().size();
                clock.advance(Duration.ofMinutes(1));
            }
        }
        assertThat(shown).isEqualTo(1);

        try (Database db = Database.open(dir)) { // the app starts again over the same data folder
            DeadlineWatch restarted = watch(db, deadlines, clock);
            assertThat(restarted.checkNow().warnings()).isEmpty();

            clock.set(PAID.plus(Duration.ofHours(70)).plusSeconds(60)); // inside the 2 h lead now
            ReminderCheck later = restarted.checkNow();
            assertThat(later.warnings()).singleElement()
                    .satisfies(r -> assertThat(r.lead()).isEqualTo(Duration.ofHours(2)));
            assertThat(restarted.checkNow().warnings()).isEmpty();
        }
    }
}

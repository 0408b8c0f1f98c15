package org.refunddesk.rules.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.testsupport.MutableClock;

class DeadlineReminderTest {
    private static final Instant PAID = Instant.parse("2026-03-02T02:00:00Z"); // 10:00 in Shanghai
    private static final RuleClockKinds KINDS = RuleClockKinds.of(Map.of(
            "PLATFORM_REFUND_WINDOW", ClockKind.HOURS,
            "REVIEW_FOLLOW_UP", ClockKind.DAYS,
            "LIMITATION_PERIOD", ClockKind.DAYS));
    private final UUID caseId = UUID.randomUUID();
    private final DeadlineReminder reminder = new DeadlineReminder(ReminderPolicy.DEFAULT, KINDS);

    private CaseDeadline deadline(String rule, Instant due, DeadlineState state) {
        return new CaseDeadline(caseId, "case", "alice",
                new Deadline(rule, PAID, due, state, "basis", false, "explanation", null));
    }

    private CaseDeadline platformWindow() {
        return deadline("PLATFORM_REFUND_WINDOW", PAID.plus(Duration.ofHours(72)), DeadlineState.OPEN);
    }

    @Test
    void nothingIsRaisedBeforeTheFirstLeadTime() {
        Instant now = PAID.plus(Duration.ofHours(47)); // 25 h before due
        assertThat(reminder.check(List.of(platformWindow()), now, Set.of()).warnings()).isEmpty();
    }

    @Test
    void anHourClockCrossing24HoursBeforeDueRaisesExactlyOneWarning() {
        MutableClock clock = new MutableClock(PAID.plus(Duration.ofHours(47)));
        InMemoryReminderLog log = new InMemoryReminderLog();
        DeadlineWatch watch = new DeadlineWatch(() -> List.of(platformWindow()), log, reminder, clock);
        List<Reminder> shown = new ArrayList<>();

        for (int minute = 0; minute < 120; minute++) { // two hours of one-minute ticks across the 24 h lead
            shown.addAll(watch.checkNow().warnings());
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(shown).singleElement().satisfies(r -> {
            assertThat(r.lead()).isEqualTo(Duration.ofHours(24));
            assertThat(r.item().deadline().rule()).isEqualTo("PLATFORM_REFUND_WINDOW");
        });
    }

    @Test
    void aRestartOverTheSameLogDoesNotRepeatAWarning() {
        MutableClock clock = new MutableClock(PAID.plus(Duration.ofHours(49)));
        InMemoryReminderLog log = new InMemoryReminderLog();
        List<CaseDeadline> deadlines = List.of(platformWindow());
        assertThat(new DeadlineWatch(() -> deadlines, log, reminder, clock).checkNow().warnings()).hasSize(1);

        clock.advance(Duration.ofMinutes(5));
        DeadlineWatch afterRestart = new DeadlineWatch(() -> deadlines, log,
                new DeadlineReminder(ReminderPolicy.DEFAULT, KINDS), clock);

        assertThat(afterRestart.checkNow().warnings()).isEmpty();
    }

    @Test
    void theSecondLeadTimeRaisesItsOwnWarningLater() {
        MutableClock clock = new MutableClock(PAID.plus(Duration.ofHours(49)));
        InMemoryReminderLog log = new InMemoryReminderLog();
        DeadlineWatch watch = new DeadlineWatch(() -> List.of(platformWindow()), log, reminder, clock);
        assertThat(watch.checkNow().warnings()).extracting(Reminder::lead).containsExactly(Duration.ofHours(24));

        clock.set(PAID.plus(Duration.ofHours(70))); // exactly 2 h before due

        assertThat(watch.checkNow().warnings()).extracting(Reminder::lead).containsExactly(Duration.ofHours(2));
        assertThat(watch.checkNow().warnings()).isEmpty();
    }

    @Test
    void whenSeveralLeadsWereCrossedWhileClosedOnlyTheMostUrgentIsShownAndAllAreRecorded() {
        Instant now = PAID.plus(Duration.ofHours(71)); // 1 h before due, nothing raised yet
        ReminderCheck check = reminder.check(List.of(platformWindow()), now, Set.of());

        assertThat(check.warnings()).singleElement().satisfies(r -> {
            assertThat(r.lead()).isEqualTo(Duration.ofHours(2));
            assertThat(r.remaining()).isEqualTo(Duration.ofHours(1));
        });
        assertThat(check.toRecord()).extracting(RaisedReminder::lead)
                .containsExactlyInAnyOrder(Duration.ofHours(24), Duration.ofHours(2));
    }

    @Test
    void aDayClockWarnsThreeDaysAndOneDayBefore() {
        Instant due = PAID.plus(Duration.ofDays(30));
        CaseDeadline review = deadline("REVIEW_FOLLOW_UP", due, DeadlineState.OPEN);

        assertThat(reminder.check(List.of(review), due.minus(Duration.ofHours(80)), Set.of()).warnings()).isEmpty();
        assertThat(reminder.check(List.of(review), due.minus(Duration.ofHours(70)), Set.of()).warnings())
                .extracting(Reminder::lead).containsExactly(Duration.ofDays(3));
        assertThat(reminder.check(List.of(review), due.minus(Duration.ofHours(23)), Set.of()).warnings())
                .extracting(Reminder::lead).containsExactly(Duration.ofDays(1));
    }

    @Test
    void metDeadlinesNeverWarn() {
        CaseDeadline met = deadline("PLATFORM_REFUND_WINDOW", PAID.plus(Duration.ofHours(24)), DeadlineState.MET);
        ReminderCheck check = reminder.check(List.of(met), PAID.plus(Duration.ofHours(30)), Set.of());
        assertThat(check.warnings()).isEmpty();
        assertThat(check.missed()).isEmpty();
    }

    @Test
    void missedDeadlinesAreReportedOnceTogetherAndNotAsLeadWarnings() {
        MutableClock clock = new MutableClock(PAID.plus(Duration.ofDays(10)));
        InMemoryReminderLog log = new InMemoryReminderLog();
        List<CaseDeadline> deadlines = List.of(
                deadline("PLATFORM_REFUND_WINDOW", PAID.plus(Duration.ofHours(24)), DeadlineState.MISSED),
                deadline("REVIEW_FOLLOW_UP", PAID.plus(Duration.ofDays(5)), DeadlineState.MISSED),
                deadline("LIMITATION_PERIOD", PAID.plus(Duration.ofDays(1096)), DeadlineState.OPEN));
        DeadlineWatch watch = new DeadlineWatch(() -> deadlines, log, reminder, clock);

        ReminderCheck first = watch.checkNow();

        assertThat(first.warnings()).isEmpty();
        assertThat(first.missed()).extracting(c -> c.deadline().rule())
                .containsExactly("PLATFORM_REFUND_WINDOW", "REVIEW_FOLLOW_UP");
        assertThat(watch.checkNow().missed()).isEmpty();
    }

    @Test
    void aDeadlineThatMovesIsWarnedAboutAgain() {
        CaseDeadline original = platformWindow();
        Instant now = PAID.plus(Duration.ofHours(50));
        ReminderCheck first = reminder.check(List.of(original), now, Set.of());
        CaseDeadline moved = deadline("PLATFORM_REFUND_WINDOW", PAID.plus(Duration.ofHours(73)), DeadlineState.OPEN);

        ReminderCheck second = reminder.check(List.of(moved), now, Set.copyOf(first.toRecord()));

        assertThat(second.warnings()).hasSize(1);
    }

    @Test
    void warningsComeSoonestFirst() {
        CaseDeadline later = platformWindow();
        CaseDeadline sooner = deadline("PLATFORM_REFUND_WINDOW", PAID.plus(Duration.ofHours(60)), DeadlineState.OPEN);
        ReminderCheck check = reminder.check(List.of(later, sooner), PAID.plus(Duration.ofHours(55)), Set.of());
        assertThat(check.warnings()).extracting(Reminder::dueAt)
                .containsExactly(sooner.deadline().dueAt(), later.deadline().dueAt());
    }

    @Test
    void customLeadTimesReplaceTheDefaults() {
        DeadlineReminder oneHourOnly = new DeadlineReminder(
                new ReminderPolicy(List.of(Duration.ofHours(1)), List.of(Duration.ofDays(1))), KINDS);
        assertThat(oneHourOnly.check(List.of(platformWindow()), PAID.plus(Duration.ofHours(60)), Set.of())
                .warnings()).isEmpty();
        assertThat(oneHourOnly.check(List.of(platformWindow()), PAID.plus(Duration.ofHours(71)), Set.of())
                .warnings()).extracting(Reminder::lead).containsExactly(Duration.ofHours(1));
    }
}

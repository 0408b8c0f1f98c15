package org.refunddesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.ClockKind;
import org.refunddesk.rules.reminders.DeadlineReminder;
import org.refunddesk.rules.reminders.DeadlineWatch;
import org.refunddesk.rules.reminders.InMemoryReminderLog;
import org.refunddesk.rules.reminders.ReminderPolicy;
import org.refunddesk.rules.reminders.RuleClockKinds;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

class DeadlineWarningsTest {
    private final Messages messages = Messages.forTag("zh");
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    private DeadlineWarnings warnings(MutableClock clock, InMemoryCaseRepository repository, InMemoryReminderLog log) {
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(), dialogs,
                messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
        CasePlanner planner = CaseTimelineViewTest.realPlanner(messages);
        RuleClockKinds kinds = RuleClockKinds.of(Map.of("PLATFORM_REFUND_WINDOW", ClockKind.HOURS,
                "ARRIVAL_CHECK", ClockKind.HOURS));
        DeadlineWatch watch = new DeadlineWatch(
                () -> AgendaViewModel.collect(repository.list(), planner, clock.instant()), log,
                new DeadlineReminder(ReminderPolicy.DEFAULT, kinds), clock);
        return new DeadlineWarnings(services, watch, kinds);
    }

    @Test
    void deadlinesMissedWhileClosedAreListedInOneSummaryWithWhatCanStillBeDone() {
        MutableClock clock = new MutableClock(CaseTimelineViewTest.PAID.plus(Duration.ofDays(3)));
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        repository.create(CaseTimelineViewTest.topUpCase());
        repository.create(CaseTimelineViewTest.topUpCase());

        warnings(clock, repository, new InMemoryReminderLog()).checkNow();

        assertThat(dialogs.shown("info")).singleElement().satisfies(shown -> {
            assertThat(shown.message()).startsWith("共 4 个期限已经错过");
            assertThat(shown.message()).contains("平台退款申请期限").contains("诉讼时效届满");
        });
        assertThat(dialogs.shown("notify")).isEmpty();
    }

    @Test
    void aCheckEveryMinuteNotifiesOncePerDeadlineAndLead() {
        Instant paid = CaseTimelineViewTest.PAID;
        MutableClock clock = new MutableClock(paid.plus(Duration.ofMinutes(10)));
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        repository.create(CaseTimelineViewTest.topUpCase());
        InMemoryReminderLog log = new InMemoryReminderLog();
        DeadlineWarnings warnings = warnings(clock, repository, log);

        for (int minute = 0; minute < 60; minute++) {
            warnings.checkNow();
            clock.advance(Duration.ofMinutes(1));
        }

        // the 24 h window warned once (24 h lead crossed at start); the 30-minute arrival check lapsed once
        assertThat(dialogs.shown("notify")).extracting(ScriptedDialogService.Shown::message)
                .filteredOn(m -> m.contains("平台退款申请期限")).hasSize(1);
        assertThat(dialogs.shown("notify")).extracting(ScriptedDialogService.Shown::message)
                .filteredOn(m -> m.contains("刚刚过期")).hasSize(1);
        assertThat(dialogs.shown("notify")).extracting(ScriptedDialogService.Shown::message)
                .filteredOn(m -> m.contains("直充到账期限")).hasSize(1);
        assertThat(dialogs.shown("info")).isEmpty();
    }
}

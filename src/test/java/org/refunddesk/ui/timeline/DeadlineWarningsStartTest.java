package org.refunddesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

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

/**
 * The first deadline check waits for the case list (issue 14: its log writes competed with the list at start) and
 * then raises every missed deadline exactly once: none lost by waiting, none raised twice afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class DeadlineWarningsStartTest {
    private final Messages messages = Messages.forTag("zh");
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @Test
    void theFirstCheckWaitsForTheListThenRaisesEachMissedDeadlineOnce(FxRobot robot) {
        MutableClock clock = new MutableClock(CaseTimelineViewTest.PAID.plus(Duration.ofDays(3)));
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        repository.create(CaseTimelineViewTest.topUpCase());
        repository.create(CaseTimelineViewTest.topUpCase());
        InMemoryReminderLog log = new InMemoryReminderLog();
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(), dialogs,
                messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
        CasePlanner planner = CaseTimelineViewTest.realPlanner(messages);
        RuleClockKinds kinds = RuleClockKinds.of(Map.of("PLATFORM_REFUND_WINDOW", ClockKind.HOURS,
                "ARRIVAL_CHECK", ClockKind.HOURS));
        DeadlineWarnings warnings = new DeadlineWarnings(services, new DeadlineWatch(
                () -> AgendaViewModel.collect(repository.list(), planner, clock.instant()), log,
                new DeadlineReminder(ReminderPolicy.DEFAULT, kinds), clock), kinds);
        BooleanProperty listFilled = new SimpleBooleanProperty(false);
        warnings.startWhen(listFilled);
        try {
            robot.interact(warnings::start);

            assertThat(log.raised()).as("nothing checked or recorded before the list is filled").isEmpty();
            assertThat(dialogs.shown("info")).isEmpty();

            robot.interact(() -> listFilled.set(true));

            assertThat(log.raised()).hasSize(4);
            assertThat(dialogs.shown("info")).singleElement()
                    .satisfies(shown -> assertThat(shown.message()).startsWith("共 4 个期限已经错过"));

            // the list filled again (a reload) and the minute's checks: nothing raised a second time
            robot.interact(() -> {
                listFilled.set(false);
                listFilled.set(true);
            });
            warnings.checkNow();
            clock.advance(Duration.ofMinutes(1));
            warnings.checkNow();

            assertThat(log.raised()).hasSize(4);
            assertThat(dialogs.shown("info")).hasSize(1);
            assertThat(dialogs.shown("notify")).isEmpty();
        } finally {
            robot.interact(warnings::stop);
        }
    }

    @Test
    void withTheListAlreadyFilledTheFirstCheckRunsAtOnce(FxRobot robot) {
        MutableClock clock = new MutableClock(CaseTimelineViewTest.PAID.plus(Duration.ofDays(3)));
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        repository.create(CaseTimelineViewTest.topUpCase());
        InMemoryReminderLog log = new InMemoryReminderLog();
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(), dialogs,
                messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
        CasePlanner planner = CaseTimelineViewTest.realPlanner(messages);
        RuleClockKinds kinds = RuleClockKinds.of(Map.of());
        DeadlineWarnings warnings = new DeadlineWarnings(services, new DeadlineWatch(
                () -> AgendaViewModel.collect(repository.list(), planner, clock.instant()), log,
                new DeadlineReminder(ReminderPolicy.DEFAULT, kinds), clock), kinds);
        warnings.startWhen(new SimpleBooleanProperty(true));
        try {
            robot.interact(warnings::start);

            assertThat(log.raised()).hasSize(2);
            assertThat(dialogs.shown("info")).hasSize(1);
        } finally {
            robot.interact(warnings::stop);
        }
    }

    @Test
    void aWindowTakenOffTheScreenStopsItsMinuteChecks(FxRobot robot) {
        MutableClock clock = new MutableClock(CaseTimelineViewTest.PAID.plus(Duration.ofDays(3)));
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(), dialogs,
                messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
        CasePlanner planner = CaseTimelineViewTest.realPlanner(messages);
        RuleClockKinds kinds = RuleClockKinds.of(Map.of());
        DeadlineWarnings warnings = new DeadlineWarnings(services, new DeadlineWatch(
                () -> AgendaViewModel.collect(repository.list(), planner, clock.instant()), new InMemoryReminderLog(),
                new DeadlineReminder(ReminderPolicy.DEFAULT, kinds), clock), kinds);
        Label content = new Label("main window");
        StackPane root = new StackPane(content);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(root, 200, 100));
            stage[0].show();
        });
        try {
            warnings.tickWhileShowing(content);
            robot.interact(warnings::start);
            assertThat(warnings.ticking()).as("checks every minute while the window shows").isTrue();

            // the window rebuilt (another language) or taken off a closed store: its content leaves the scene
            robot.interact(() -> root.getChildren().clear());
            assertThat(warnings.ticking()).as("no checks beside the new window's").isFalse();

            robot.interact(() -> root.getChildren().add(content));
            assertThat(warnings.ticking()).as("shown again, it checks again").isTrue();
            robot.interact(warnings::stop);
            assertThat(warnings.ticking()).isFalse();
        } finally {
            robot.interact(() -> {
                warnings.stop();
                stage[0].close();
            });
        }
    }
}

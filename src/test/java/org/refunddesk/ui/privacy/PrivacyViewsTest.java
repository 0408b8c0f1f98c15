package org.refunddesk.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.home.HomeFeature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;

/** View → hide personal details masks the case list; Home reminds a week before a closed case is erased. */
@ExtendWith(ApplicationExtension.class)
class PrivacyViewsTest {
    private final Messages messages = Messages.forTag("zh");
    private static final Instant NOW = UiCases.PAID.plus(Duration.ofDays(3));
    private final org.refunddesk.testsupport.MutableClock clock = new org.refunddesk.testsupport.MutableClock(NOW);
    private final InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
    private final UiPreferences preferences = UiPreferences.load(new InMemoryPreferences());

    @org.testfx.framework.junit5.Start
    void start(Stage primary) {
        // each test builds its own window after filling the store
    }

    private void show(FxRobot robot) {
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), messages, clock, preferences, null);
        robot.interact(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(services);
            new CasesFeature(services).install(window);
            new HomeFeature(services, () -> { }).install(window);
            stage.setScene(new Scene(window.root(), 1024, 700));
            stage.show();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    @Test
    void theViewMenuToggleMasksPhonesAndOrderNumbersInTheCaseList(FxRobot robot) throws Exception {
        repository.create(UiCases.of("13800138000 充值 KM20261120001 没到账"));
        show(robot);
        robot.interact(() -> robot.lookup("#views").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(0));
        until(() -> cellText(robot, "13800138000 充值 KM20261120001 没到账"));

        robot.clickOn(messages.get("ui.menu.view")).clickOn(org.refunddesk.ui.main.MainWindow.withMnemonic(messages.get("privacy.view.hidePersonal"), 'P'));

        until(() -> cellText(robot, "138****8000 充值 ****0001 没到账"));
        assertThat(preferences.hidePersonalProperty().get()).isTrue();
        assertThat(cellText(robot, "13800138000 充值 KM20261120001 没到账")).isFalse();
    }

    @Test
    void homeRemindsAWeekBeforeAClosedCaseIsErasedAutomaticallyAndNotWhenItIsOff(FxRobot robot) throws Exception {
        // last changed six months less three days ago: erased in three days
        clock.set(NOW.atZone(ZoneOffset.ofHours(8)).minusMonths(6).plusDays(3).toInstant());
        repository.create(UiCases.of("早已结案").withStatus(CaseStatus.CLOSED));
        clock.set(NOW);
        preferences.setAutoEraseClosedMonths(6);
        show(robot);

        until(() -> robot.lookup((Label l) -> l.getText() != null && l.getText().contains("自动永久删除"))
                .tryQuery().isPresent());
    }

    @Test
    void withAutomaticErasureOffHomeSaysNothingAboutIt(FxRobot robot) throws Exception {
        clock.set(NOW.minus(Duration.ofDays(400)));
        repository.create(UiCases.of("早已结案").withStatus(CaseStatus.CLOSED));
        clock.set(NOW);
        show(robot);
        until(() -> robot.lookup("#homeNeeds").tryQuery().isPresent() || robot.lookup("#homeStart").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().contains("自动永久删除")).tryQuery())
                .isEmpty();
    }

    private static boolean cellText(FxRobot robot, String text) {
        return robot.lookup((TableCell<?, ?> cell) -> text.equals(cell.getText())).tryQuery().isPresent();
    }

    private static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}

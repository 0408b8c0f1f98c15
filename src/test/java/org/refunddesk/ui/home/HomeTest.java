package org.refunddesk.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;
import org.refunddesk.ui.wizard.eligibility.EligibilityFeature;
import org.refunddesk.ui.wizard.eligibility.RuleEngineEligibility;
import org.refunddesk.ui.workspace.CaseWorkspaceFeature;

/** Home: a fresh folder leads to the wizard in one click; with cases, "needs attention" links to each case. */
@ExtendWith(ApplicationExtension.class)
class HomeTest {
    private final Messages messages = Messages.forTag("zh");
    // three days after the payment: the 24 h platform window and the 30-minute arrival check are missed
    private final Clock clock = Clock.fixed(UiCases.PAID.plus(Duration.ofDays(3)), ZoneOffset.UTC);
    private final InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
    private Stage stage;

    @org.testfx.framework.junit5.Start
    void start(Stage primary) {
        // each test builds its own window after filling the store
    }

    private void show(FxRobot robot) {
        CaseInsights planned = new CaseInsights() {
            @Override
            public CaseInsight insightFor(RefundCase refundCase, Instant now) {
                return CaseInsight.NONE;
            }

            @Override
            public List<Deadline> deadlinesFor(RefundCase refundCase, Instant now) {
                return DeadlinePlanner.plan(refundCase, now, RuleBooks.builtIn(), WorkingDayCalendars.bundled(), messages);
            }
        };
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), messages, clock, UiPreferences.load(new InMemoryPreferences()), planned);
        robot.interact(() -> {
            stage = new Stage();
            MainWindow window = new MainWindow(services);
            new CasesFeature(services).install(window);
            new EligibilityFeature(services, new RuleEngineEligibility(
                    new org.refunddesk.rules.RuleEngine(Path.of("/nonexistent-refunddesk")), messages)).install(window);
            new CaseWorkspaceFeature(services, null).install(window);
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
    void aFreshFolderOpensOnTheWelcomeAndItsPrimaryButtonStartsTheWizard(FxRobot robot) throws Exception {
        show(robot);
        until(() -> robot.lookup("#homeStart").tryQuery().isPresent());
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo("home");
        assertThat(robot.lookup("#homeImport").tryQuery()).isPresent();
        assertThat(robot.lookup("#homeDemo").tryQuery()).isPresent();

        robot.clickOn("#homeStart");

        until(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s != stage
                && "退款资格自测".equals(s.getTitle())));
    }

    @Test
    void needsAttentionListsAMissedDeadlineWithWhatCanStillBeDoneAndOpensTheCase(FxRobot robot) throws Exception {
        RefundCase late = repository.create(UiCases.of("话费三天没到账"));
        show(robot);
        until(() -> robot.lookup("#homeOpen-0").tryQuery().isPresent());

        assertThat(robot.lookup("#homeNeeds").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(1);
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("已错过")).tryQuery())
                .isPresent();
        assertThat(robot.lookup((Label l) -> l.getText() != null && l.getText().contains("轮到您")).tryQuery())
                .isPresent();

        robot.clickOn("#homeOpen-0");

        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        until(() -> ("case-" + late.id()).equals(views.getSelectionModel().getSelectedItem().getId()));
        assertThat(views.getSelectionModel().getSelectedItem().getText()).isEqualTo("话费三天没到账");
    }

    private static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}

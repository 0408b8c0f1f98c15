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
        show(robot, new CurrentThreadTaskExecutor(), null);
    }

    /** {@code dialogs} null: scripted dialogs; else the real ones, owned by the window shown here. */
    private void show(FxRobot robot, org.refunddesk.ui.task.TaskExecutor tasks,
                      java.util.function.Function<java.util.function.Supplier<Window>, org.refunddesk.ui.dialog.DialogService> dialogs) {
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
        Stage[] shown = new Stage[1];
        AppServices services = new AppServices(repository, Path.of("/data"), tasks,
                dialogs == null ? new ScriptedDialogService() : dialogs.apply(() -> shown[0]), messages, clock,
                UiPreferences.load(new InMemoryPreferences()), planned);
        robot.interact(() -> {
            stage = new Stage();
            shown[0] = stage;
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

    @Test
    void whileItsItemsAreGatheredHomeSaysSoWithAProgressIndicator(FxRobot robot) throws Exception {
        repository.create(UiCases.of("话费三天没到账"));
        org.refunddesk.ui.task.HeldTaskExecutor held = new org.refunddesk.ui.task.HeldTaskExecutor();
        show(robot, held, null);

        // the reading is held: no empty frame and no welcome, but the gathering state
        javafx.scene.Node gathering = robot.lookup("#homeGathering").query();
        assertThat(gathering.isVisible()).isTrue();
        assertThat(robot.lookup("#homeGatheringProgress").queryAs(javafx.scene.control.ProgressIndicator.class)
                .isIndeterminate()).isTrue();
        assertThat(robot.from(gathering).lookup((Label l) -> "正在整理需要处理的事…".equals(l.getText())).tryQuery())
                .isPresent();
        assertThat(robot.lookup("#homeStart").tryQuery()).isEmpty();
        assertThat(robot.lookup("#homeNeeds").tryQuery()).isEmpty();
        assertThat(robot.lookup("#homeOpen-0").tryQuery()).isEmpty();

        // the count arrives before the reading of every case: Home says how many cases it is going through
        robot.interact(held::runAllButReadsOfEveryCase);
        assertThat(robot.lookup("#homeGatheringText").queryAs(Label.class).getText())
                .isEqualTo("共 1 个案件，正在整理需要处理的事…");
        assertThat(robot.lookup("#homeGathering").query().isVisible()).isTrue();
        assertThat(robot.lookup("#homeOpen-0").tryQuery()).isEmpty();

        robot.interact(held::runAll);

        until(() -> robot.lookup("#homeOpen-0").tryQuery().isPresent());
        assertThat(robot.lookup("#homeGathering").tryQuery()).isEmpty();
    }

    /**
     * The missed-deadline notice (a toast) at 1024x700 while Home lists enough cases to fill the screen: it covers
     * none of Home's "打开案件" buttons, and the button where it used to sit (the bottom right) opens its case.
     */
    @Test
    void theMissedDeadlineNoticeLeavesHomesButtonsClickable(FxRobot robot) throws Exception {
        for (int i = 1; i <= 14; i++) {
            repository.create(UiCases.of("话费没到账 " + i));
        }
        org.refunddesk.ui.dialog.FxDialogService[] real = new org.refunddesk.ui.dialog.FxDialogService[1];
        show(robot, new CurrentThreadTaskExecutor(), owner -> real[0] = new org.refunddesk.ui.dialog.FxDialogService(
                owner, messages, javafx.util.Duration.minutes(5)));
        until(() -> robot.lookup("#homeOpen-13").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> real[0].notify(messages.get("timeline.missed.onHome", 14)));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Popup toast = real[0].toast().orElseThrow();
        javafx.geometry.Bounds toastArea = new javafx.geometry.BoundingBox(toast.getX(), toast.getY(),
                toast.getWidth(), toast.getHeight());
        javafx.scene.control.ScrollPane scroll = robot.lookup(".scroll-pane").match(n -> robot.from(n)
                .lookup("#homeNeeds").tryQuery().isPresent()).queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds viewport = scroll.localToScreen(scroll.getLayoutBounds());
        List<javafx.scene.control.Button> inView = robot.lookup((javafx.scene.control.Button b) -> b.getId() != null
                        && b.getId().startsWith("homeOpen-")).queryAll().stream()
                .map(javafx.scene.control.Button.class::cast)
                .filter(b -> contains(viewport, b.localToScreen(b.getLayoutBounds()))).toList();
        assertThat(inView).isNotEmpty();
        for (javafx.scene.control.Button b : inView) {
            assertThat(b.localToScreen(b.getLayoutBounds()).intersects(toastArea)).as("toast covers %s", b.getId()).isFalse();
        }
        // where the toast used to go: the window's bottom-right corner, above the status bar
        Scene scene = stage.getScene();
        javafx.geometry.Bounds corner = new javafx.geometry.BoundingBox(
                stage.getX() + scene.getX() + scene.getWidth() - toast.getWidth() - 16,
                stage.getY() + scene.getY() + scene.getHeight() - toast.getHeight() - 36, toast.getWidth(), toast.getHeight());
        javafx.scene.control.Button last = inView.stream()
                .filter(b -> b.localToScreen(b.getLayoutBounds()).intersects(corner)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no button under the old toast place: the screen is not full"));
        RefundCase behind = repository.list().stream()
                .filter(c -> last.getAccessibleText().equals(messages.get("home.open.accessible", c.title()))).findFirst().orElseThrow();

        assertThat(real[0].toast()).isPresent();
        robot.clickOn(last);

        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        until(() -> ("case-" + behind.id()).equals(views.getSelectionModel().getSelectedItem().getId()));
    }

    /** Issue 14: a long list gets its cards as it is scrolled (not tens of thousands at once), all in order. */
    @Test
    void aLongListBuildsItsCardsAsThePersonScrollsDown(FxRobot robot) throws Exception {
        int count = HomeView.CARDS_AT_A_TIME * 2 + 30;
        for (int i = 1; i <= count; i++) {
            repository.create(UiCases.of("话费没到账 " + i));
        }
        show(robot);
        until(() -> robot.lookup("#homeOpen-0").tryQuery().isPresent());
        javafx.scene.layout.VBox cards = robot.lookup("#homeNeeds").queryAs(javafx.scene.layout.VBox.class);
        assertThat(cards.getChildren()).hasSize(HomeView.CARDS_AT_A_TIME);
        javafx.scene.control.ScrollPane scroll = robot.lookup(".scroll-pane").match(n -> robot.from(n)
                .lookup("#homeNeeds").tryQuery().isPresent()).queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.Node firstBefore = cards.getChildren().get(0);

        for (int tries = 0; tries < 10 && cards.getChildren().size() < count; tries++) {
            robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        }

        assertThat(cards.getChildren()).hasSize(count);
        assertThat(cards.getChildren().get(0)).isSameAs(firstBefore);
        List<String> ids = robot.lookup((javafx.scene.control.Button b) -> b.getId() != null
                && b.getId().startsWith("homeOpen-")).queryAll().stream().map(javafx.scene.Node::getId).toList();
        assertThat(ids).hasSize(count).contains("homeOpen-0", "homeOpen-" + (count - 1));
        assertThat(robot.lookup("#homeOpen-" + (count - 1)).queryAs(javafx.scene.control.Button.class)
                .getAccessibleText()).isNotBlank();
    }

    private static boolean contains(javafx.geometry.Bounds outer, javafx.geometry.Bounds inner) {
        return inner.getMinX() >= outer.getMinX() && inner.getMaxX() <= outer.getMaxX()
                && inner.getMinY() >= outer.getMinY() && inner.getMaxY() <= outer.getMaxY();
    }

    private static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}

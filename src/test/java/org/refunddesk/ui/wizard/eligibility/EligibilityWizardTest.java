package org.refunddesk.ui.wizard.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.cases.CaseRow;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the eligibility wizard with the real rule engine, as a user would. */
@ExtendWith(ApplicationExtension.class)
class EligibilityWizardTest {
    /** 2026-03-02 10:40 in Shanghai: the top-up paid at 10:00 has not arrived after 40 minutes. */
    private static final Instant NOW = Instant.parse("2026-03-02T02:40:00Z");
    private final Messages messages = Messages.forTag("zh");
    private InMemoryCaseRepository repository;
    private MainWindow window;
    private EligibilityFeature feature;

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(NOW);
        repository = new InMemoryCaseRepository(clock);
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), messages, clock, UiPreferences.load(new InMemoryPreferences()),
                (c, now) -> new CaseInsight(c.assessment() == null ? null : c.assessment().verdict(), null));
        window = new MainWindow(services);
        new CasesFeature(services).install(window);
        feature = new EligibilityFeature(services,
                new RuleEngineEligibility(RuleEngine.of(RuleBooks.builtIn(), WorkingDayCalendars.bundled()), messages));
        feature.install(window);
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.show();
    }

    private void openWizard() {
        Platform.runLater(() -> feature.run(window, null)); // showAndWait: must not block the test thread
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button wizardButton(FxRobot robot, ButtonBar.ButtonData data) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> ButtonBar.getButtonData(b) == data && b.isVisible())
                .findFirst().orElseThrow();
    }

    private static void next(FxRobot robot) {
        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD));
    }

    private static void choose(FxRobot robot, String combo, String shown) {
        WizardRobot.click(robot, combo);
        robot.clickOn(shown);
    }

    private static void fillPurchase(FxRobot robot, String amount) {
        choose(robot, "#product", "话费充值");
        choose(robot, "#delivery", "直充");
        WizardRobot.click(robot, "#amount").write(amount);
        WizardRobot.click(robot, "#paidAtDate").write("2026-03-02").type(KeyCode.ENTER);
        WizardRobot.click(robot, "#paidAtTime").write("10:00");
        choose(robot, "#payment", "支付宝");
        WizardRobot.click(robot, "#platformName").write("快充卡盟");
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private void walkToResult(FxRobot robot) {
        openWizard();
        fillPurchase(robot, "30");
        next(robot);
        WizardRobot.click(robot, "#problem-NOT_DELIVERED");
        next(robot);
        assertThat(robot.lookup("#page-SINCE").tryQuery()).isPresent();
        assertThat(showing(robot, "#cardKeyExtracted")).isFalse();
        next(robot);
    }

    @Test
    void aTopUpNotArrivedAfter30MinutesIsLikelyRefundableByThePlatformAndIsSavedWithThatVerdict(FxRobot robot) {
        walkToResult(robot);
        next(robot); // no red flags
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#verdictSentence")).isEqualTo("很可能退款，由平台负责。");
        assertThat(text(robot, "#deadline-PLATFORM_REFUND_WINDOW")).isEqualTo("平台退款申请期限");
        assertThat(text(robot, "#countdown-PLATFORM_REFUND_WINDOW")).isEqualTo("还剩 23 小时");
        assertThat(robot.lookup(".red-flag-warning").tryQuery()).isEmpty();

        WizardRobot.click(robot, "#saveNewCase");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(repository.list()).singleElement().satisfies(c -> {
            assertThat(c.assessment().verdict()).isEqualTo(Verdict.LIKELY);
            assertThat(c.assessment().rulebookVersion()).isEqualTo(RuleBooks.builtIn().version());
            assertThat(c.title()).contains("快充卡盟");
        });
        TableView<CaseRow> table = robot.lookup("#caseTable").queryTableView();
        assertThat(table.getItems()).singleElement()
                .satisfies(row -> assertThat(row.insight().verdict()).isEqualTo(Verdict.LIKELY));
        assertThat(robot.lookup("#caseTable .table-cell").queryAllAs(Labeled.class))
                .anyMatch(cell -> "很可能退款".equals(cell.getText()));
    }

    @Test
    void nextWithAnAmountThatIsNotAnAmountStaysOnThePageAndSaysWhy(FxRobot robot) {
        openWizard();
        fillPurchase(robot, "12,5");

        assertThat(text(robot, "#amountError")).contains("金额格式不对");
        next(robot);
        assertThat(showing(robot, "#page-PURCHASE")).isTrue();
        assertThat(text(robot, "#amountError")).contains("金额格式不对");

        robot.doubleClickOn("#amount").eraseText(6).write("12.5");
        assertThat(showing(robot, "#amountError")).isFalse();
        next(robot);
        assertThat(robot.lookup("#page-PROBLEM").tryQuery()).isPresent();
    }

    @Test
    void cardKeyQuestionsAppearOnlyForACardKey(FxRobot robot) {
        openWizard();
        fillPurchase(robot, "30");
        choose(robot, "#delivery", "卡密");
        next(robot);
        WizardRobot.click(robot, "#problem-DUPLICATE_PURCHASE");
        next(robot);
        assertThat(showing(robot, "#cardKeyExtracted")).isTrue();
    }

    @Test
    void aRedFlagYesShowsAProminentWarningOnTheResultAndIsStoredWithTheCase(FxRobot robot) {
        walkToResult(robot);
        WizardRobot.click(robot, "#flag-private_transfer");
        next(robot);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#redFlagWarning0")).contains("私下转账");
        WizardRobot.click(robot, "#saveNewCase");
        WaitForAsyncUtils.waitForFxEvents();
        RefundCase saved = repository.list().get(0);
        assertThat(saved.redFlags()).containsExactly(RedFlag.PRIVATE_TRANSFER);
    }
}

package org.refunddesk.ui.wizard.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.help.Guide;
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

/**
 * The eligibility wizard's pages as a user meets them (issue 13 and the fee question of issue 11): no errors
 * before a field was touched, numbered steps without gaps, the "?", the fee question, the business's identity,
 * what the result lists as claims, and a dialog that keeps its size.
 */
@ExtendWith(ApplicationExtension.class)
class EligibilityWizardPagesTest {
    /** 2026-03-02 10:40 in Shanghai. */
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

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(Window::hide));
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

    private static void fillPurchase(FxRobot robot) {
        choose(robot, "#product", "话费充值");
        choose(robot, "#delivery", "直充");
        WizardRobot.click(robot, "#amount").write("30");
        WizardRobot.click(robot, "#paidAtDate").write("2026-03-02").type(KeyCode.ENTER);
        WizardRobot.click(robot, "#paidAtTime").write("10:00");
        WizardRobot.click(robot, "#platformName").write("快充卡盟");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static DialogPane page(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getId() != null && p.getId().startsWith("page-")).findFirst().orElseThrow();
    }

    private static String header(FxRobot robot) {
        return page(robot).getHeaderText();
    }

    /** Visible with every container it is in. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Label> visibleErrors(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && !l.getText().isEmpty()).toList();
    }

    @Test
    void aFreshPageShowsNoErrorsUntilAFieldIsLeftOrNextIsPressedAndNothingMoves(FxRobot robot) {
        openWizard();
        assertThat(visibleErrors(robot)).isEmpty();
        assertThat(text(robot, "#productError")).isEmpty();
        Node below = robot.lookup("#paidAtDate").query();
        Node form = robot.lookup(".wizard-questions").query();
        java.util.function.DoubleSupplier y = () -> form.sceneToLocal(below.localToScene(0, 0)).getY();
        double before = y.getAsDouble();

        WizardRobot.click(robot, "#amount");
        WizardRobot.click(robot, "#platformName"); // left the amount empty
        assertThat(text(robot, "#amountError")).isEqualTo("请填写付款金额");
        assertThat(robot.lookup("#amountError").query().isVisible()).isTrue();
        assertThat(text(robot, "#productError")).isEmpty(); // never touched
        assertThat(y.getAsDouble()).isEqualTo(before); // the message line was kept free

        next(robot);
        assertThat(page(robot).getId()).isEqualTo("page-PURCHASE");
        assertThat(text(robot, "#productError")).isEqualTo("请选择一项");
        assertThat(text(robot, "#paidAtError")).isNotEmpty();
        assertThat(y.getAsDouble()).isEqualTo(before);
    }

    @Test
    void stepsAreNumberedWithoutAGapWhenAPageIsSkippedAndTheDialogKeepsItsSizeAndPlace(FxRobot robot) {
        openWizard();
        List<Bounds> sizes = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        Runnable note = () -> {
            Window w = page(robot).getScene().getWindow();
            sizes.add(new javafx.geometry.BoundingBox(w.getX(), w.getY(), w.getWidth(), w.getHeight()));
            headers.add(header(robot));
        };
        note.run();
        fillPurchase(robot);
        next(robot);
        note.run();
        WizardRobot.click(robot, "#problem-NOT_DELIVERED"); // a direct top-up: the use-state page does not apply
        next(robot);
        note.run();
        next(robot);
        note.run();
        next(robot);
        WaitForAsyncUtils.waitForFxEvents();
        note.run();

        assertThat(headers).containsExactly("第 1 步：您买了什么？", "第 2 步：出了什么问题？",
                "第 3 步：之后发生了什么？", "第 4 步：有没有人这样联系过您？", "结果：钱能不能退回来？");
        assertThat(sizes).allSatisfy(b -> assertThat(b).isEqualTo(sizes.get(0)));
        assertThat(sizes.get(0).getHeight()).isLessThanOrEqualTo(700);
        assertThat(sizes.get(0).getWidth()).isLessThanOrEqualTo(1024);
    }

    @Test
    void theQuestionMarkOpensTheGuideAtThePagesTopic(FxRobot robot) throws TimeoutException {
        openWizard();
        WizardRobot.click(robot, "#wizardHelp");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#guideWindow").tryQuery().isPresent());
        Node current = robot.lookup("#guideWindow ." + Guide.CURRENT).query();
        assertThat(current.getId()).isEqualTo("guide-start");
        assertThat(((Labeled) current).getText()).isEqualTo(messages.get("help.topic.start.title"));
        assertThat(current.getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void theFeeQuestionSetsFeeDisclosedAndChangesTheVerdict(FxRobot robot) {
        openWizard();
        fillPurchase(robot);
        next(robot);
        assertThat(shown(robot.lookup("#feeDisclosed").query())).isFalse();
        WizardRobot.click(robot, "#problem-FEE_DEDUCTED");
        assertThat(shown(robot.lookup("#feeDisclosed").query())).isTrue();
        WizardRobot.click(robot, "#feeDisclosedYes");
        while (!page(robot).getId().equals("page-RESULT")) {
            next(robot);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#verdictSentence")).isEqualTo("较难退款，由用户本人负责。");

        // back to the question: "no" makes the undisclosed fee reclaimable from the platform
        while (!page(robot).getId().equals("page-PROBLEM")) {
            robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.BACK_PREVIOUS));
        }
        WizardRobot.click(robot, "#feeDisclosedNo");
        while (!page(robot).getId().equals("page-RESULT")) {
            next(robot);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#verdictSentence")).isEqualTo("很可能退款，由平台负责。");
        WizardRobot.click(robot, "#saveNewCase");
        WaitForAsyncUtils.waitForFxEvents();
        RefundCase saved = repository.list().get(0);
        assertThat(saved.problem().kind()).isEqualTo(ProblemKind.FEE_DEDUCTED);
        assertThat(saved.problem().feeDisclosed()).isFalse();
    }

    @Test
    void aWrongCreditCodeIsNamedAndKeepsThePageAValidOneIsStoredWithTheOperator(FxRobot robot) {
        openWizard();
        fillPurchase(robot);
        WizardRobot.click(robot, "#platformOperator").write("杭州快充网络科技有限公司");
        WizardRobot.click(robot, "#platformCreditCode").write("91350100M000100Y44");
        WizardRobot.click(robot, "#platformLegalRepresentative").write("李四");
        assertThat(text(robot, "#platformCreditCodeError")).contains("统一社会信用代码", "91350100M000100Y44");
        next(robot);
        assertThat(page(robot).getId()).isEqualTo("page-PURCHASE");

        robot.doubleClickOn("#platformCreditCode").eraseText(18).write("91350100M000100Y43");
        assertThat(text(robot, "#platformCreditCodeError")).isEmpty();
        next(robot);
        WizardRobot.click(robot, "#problem-NOT_DELIVERED");
        while (!page(robot).getId().equals("page-RESULT")) {
            next(robot);
        }
        WaitForAsyncUtils.waitForFxEvents();
        WizardRobot.click(robot, "#saveNewCase");
        WaitForAsyncUtils.waitForFxEvents();
        var platform = repository.list().get(0).platform();
        assertThat(platform.operator()).isEqualTo("杭州快充网络科技有限公司");
        assertThat(platform.creditCode()).isEqualTo("91350100M000100Y43");
        assertThat(platform.legalRepresentative()).isEqualTo("李四");
    }

    @Test
    void theResultListsNoCourtFeeAmongTheClaimsAndNoDoubledRouteLabels(FxRobot robot) {
        openWizard();
        fillPurchase(robot);
        next(robot);
        WizardRobot.click(robot, "#problem-NOT_DELIVERED");
        while (!page(robot).getId().equals("page-RESULT")) {
            next(robot);
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<String> claims = robot.lookup("#resultClaims .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertThat(claims).isNotEmpty().anySatisfy(c -> assertThat(c).contains("退款 30.00 元"))
                .allSatisfy(c -> assertThat(c).doesNotContain("诉讼费", "受理费", "court fee"));
        List<String> routes = robot.lookup("#resultRoutes .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertThat(routes).anySatisfy(r -> assertThat(r).contains("平台退款入口："))
                .allSatisfy(r -> assertThat(r).doesNotContain("平台退款入口：平台退款入口"));
    }
}

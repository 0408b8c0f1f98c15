package org.refunddesk.ui.wizard.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.ui.wizard.eligibility.EligibilityWizardFixture.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
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
import org.refunddesk.ui.help.Guide;
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
    private EligibilityWizardFixture wizard;

    @Start
    void start(Stage stage) {
        wizard = new EligibilityWizardFixture(stage);
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(Window::hide));
    }

    private static void fillPurchase(FxRobot robot) {
        choose(robot, "#product", "话费充值");
        choose(robot, "#delivery", "直充");
        WizardRobot.click(robot, "#amount").write("30");
        WizardRobot.click(robot, "#paidAtDate").write("2026-03-02").type(KeyCode.ENTER);
        WizardRobot.click(robot, "#paidAtTime").write("10:00");
        WizardRobot.click(robot, "#platformName").write("快充卡盟");
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
        wizard.openWizard();
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
        wizard.openWizard();
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
        wizard.openWizard();
        WizardRobot.click(robot, "#wizardHelp");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#guideWindow").tryQuery().isPresent());
        Node current = robot.lookup("#guideWindow ." + Guide.CURRENT).query();
        assertThat(current.getId()).isEqualTo("guide-start");
        assertThat(((Labeled) current).getText()).isEqualTo(wizard.messages.get("help.topic.start.title"));
        assertThat(current.getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void theFeeQuestionSetsFeeDisclosedAndChangesTheVerdict(FxRobot robot) {
        wizard.openWizard();
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
        RefundCase saved = wizard.repository.list().get(0);
        assertThat(saved.problem().kind()).isEqualTo(ProblemKind.FEE_DEDUCTED);
        assertThat(saved.problem().feeDisclosed()).isFalse();
    }

    @Test
    void aWrongCreditCodeIsNamedAndKeepsThePageAValidOneIsStoredWithTheOperator(FxRobot robot) {
        wizard.openWizard();
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
        var platform = wizard.repository.list().get(0).platform();
        assertThat(platform.operator()).isEqualTo("杭州快充网络科技有限公司");
        assertThat(platform.creditCode()).isEqualTo("91350100M000100Y43");
        assertThat(platform.legalRepresentative()).isEqualTo("李四");
    }

    @Test
    void theResultListsNoCourtFeeAmongTheClaimsAndNoDoubledRouteLabels(FxRobot robot) {
        wizard.openWizard();
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

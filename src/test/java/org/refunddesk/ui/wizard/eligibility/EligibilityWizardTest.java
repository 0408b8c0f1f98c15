package org.refunddesk.ui.wizard.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.ui.wizard.eligibility.EligibilityWizardFixture.*;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.ui.cases.CaseRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the eligibility wizard with the real rule engine, as a user would. */
@ExtendWith(ApplicationExtension.class)
class EligibilityWizardTest {
    private EligibilityWizardFixture wizard;

    @Start
    void start(Stage stage) {
        wizard = new EligibilityWizardFixture(stage);
    }

    private void walkToResult(FxRobot robot) {
        wizard.openWizard();
        fillPurchase(robot, "30");
        next(robot);
        WizardRobot.click(robot, "#problem-NOT_DELIVERED");
        next(robot);
        assertThat(robot.lookup("#page-SINCE").tryQuery()).isPresent();
        assertThat(visible(robot, "#cardKeyExtracted")).isFalse();
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

        assertThat(wizard.repository.list()).singleElement().satisfies(c -> {
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
        wizard.openWizard();
        fillPurchase(robot, "12,5");

        assertThat(text(robot, "#amountError")).contains("金额格式不对");
        next(robot);
        assertThat(visible(robot, "#page-PURCHASE")).isTrue();
        assertThat(text(robot, "#amountError")).contains("金额格式不对");

        robot.doubleClickOn("#amount").eraseText(6).write("12.5");
        assertThat(visible(robot, "#amountError")).isFalse();
        next(robot);
        assertThat(robot.lookup("#page-PROBLEM").tryQuery()).isPresent();
    }

    @Test
    void cardKeyQuestionsAppearOnlyForACardKey(FxRobot robot) {
        wizard.openWizard();
        fillPurchase(robot, "30");
        choose(robot, "#delivery", "卡密");
        next(robot);
        WizardRobot.click(robot, "#problem-DUPLICATE_PURCHASE");
        next(robot);
        assertThat(visible(robot, "#cardKeyExtracted")).isTrue();
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
        RefundCase saved = wizard.repository.list().get(0);
        assertThat(saved.redFlags()).containsExactly(RedFlag.PRIVATE_TRANSFER);
    }
}

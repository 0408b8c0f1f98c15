package org.refunddesk.ui.wizard.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.ui.wizard.eligibility.EligibilityWizardFixture.*;

import java.time.LocalDate;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.RefundCase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard asks whose data the case holds: for someone the user helps, how and when they agreed are required. */
@ExtendWith(ApplicationExtension.class)
class EligibilityWizardConsentTest {
    private EligibilityWizardFixture wizard;

    @Start
    void start(Stage stage) {
        wizard = new EligibilityWizardFixture(stage);
    }

    @Test
    void helpingSomeoneElseRequiresHowAndWhenTheyAgreedAndTheCaseKeepsIt(FxRobot robot) {
        wizard.openWizard();
        fillPurchase(robot, "30");
        assertThat(showing(robot, "#consentMethod")).isFalse();

        WizardRobot.click(robot, "#consentSomeoneElse");
        assertThat(showing(robot, "#consentMethod")).isTrue();
        assertThat(showing(robot, "#consentDate")).isTrue();
        next(robot);
        assertThat(showing(robot, "#page-PURCHASE")).isTrue();
        assertThat(text(robot, "#consentMethodError")).contains("对方同意保存资料的方式");
        assertThat(text(robot, "#consentDateError")).contains("对方同意的日期");

        choose(robot, "#consentMethod", "电话");
        next(robot);
        assertThat(showing(robot, "#page-PURCHASE")).isTrue();
        WizardRobot.click(robot, "#consentDate").write("2026-03-01").type(KeyCode.ENTER);
        assertThat(showing(robot, "#consentDateError")).isFalse();
        next(robot);
        assertThat(robot.lookup("#page-PROBLEM").tryQuery()).isPresent();

        WizardRobot.click(robot, "#problem-NOT_DELIVERED");
        next(robot);
        next(robot);
        next(robot); // no red flags
        WaitForAsyncUtils.waitForFxEvents();
        WizardRobot.click(robot, "#saveNewCase");
        WaitForAsyncUtils.waitForFxEvents();

        RefundCase saved = wizard.repository.list().get(0);
        assertThat(saved.consumer().consent())
                .isEqualTo(new Consent(false, ConsentMethod.PHONE, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void theUsersOwnCaseNeedsNoConsentAndIsRecordedAsTheirs(FxRobot robot) {
        wizard.openWizard();
        fillPurchase(robot, "30");
        next(robot);
        assertThat(robot.lookup("#page-PROBLEM").tryQuery()).isPresent();
        WizardRobot.click(robot, "#problem-NOT_DELIVERED");
        next(robot);
        next(robot);
        next(robot);
        WaitForAsyncUtils.waitForFxEvents();
        WizardRobot.click(robot, "#saveNewCase");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(wizard.repository.list().get(0).consumer().consent()).isEqualTo(Consent.SELF);
    }
}

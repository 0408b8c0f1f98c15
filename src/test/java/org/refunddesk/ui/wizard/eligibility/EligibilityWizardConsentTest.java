package org.refunddesk.ui.wizard.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsight;
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

/** The wizard asks whose data the case holds: for someone the user helps, how and when they agreed are required. */
@ExtendWith(ApplicationExtension.class)
class EligibilityWizardConsentTest {
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

    /** The node and every parent visible: a question row hides as a whole. */
    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void helpingSomeoneElseRequiresHowAndWhenTheyAgreedAndTheCaseKeepsIt(FxRobot robot) {
        openWizard();
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

        RefundCase saved = repository.list().get(0);
        assertThat(saved.consumer().consent())
                .isEqualTo(new Consent(false, ConsentMethod.PHONE, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void theUsersOwnCaseNeedsNoConsentAndIsRecordedAsTheirs(FxRobot robot) {
        openWizard();
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

        assertThat(repository.list().get(0).consumer().consent()).isEqualTo(Consent.SELF);
    }
}

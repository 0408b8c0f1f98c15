package org.refunddesk.ui.wizard.eligibility;

import java.nio.file.Path;
import java.time.Instant;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The eligibility wizard's tests share this: a main window (case list and wizard, the real rule engine, an
 * in-memory store) at 2026-03-02 10:40 in Shanghai, and the clicks a user makes in the wizard.
 */
final class EligibilityWizardFixture {
    /** 2026-03-02 10:40 in Shanghai: the top-up paid at 10:00 has not arrived after 40 minutes. */
    static final Instant NOW = Instant.parse("2026-03-02T02:40:00Z");

    final Messages messages = Messages.forTag("zh");
    final InMemoryCaseRepository repository;
    private final MainWindow window;
    private final EligibilityFeature feature;

    /** Builds the window and shows it on {@code stage} (call from the test's {@code @Start}). */
    EligibilityWizardFixture(Stage stage) {
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

    void openWizard() {
        Platform.runLater(() -> feature.run(window, null)); // showAndWait: must not block the test thread
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Button wizardButton(FxRobot robot, ButtonBar.ButtonData data) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> ButtonBar.getButtonData(b) == data && b.isVisible())
                .findFirst().orElseThrow();
    }

    static void next(FxRobot robot) {
        robot.clickOn(wizardButton(robot, ButtonBar.ButtonData.NEXT_FORWARD));
    }

    static void choose(FxRobot robot, String combo, String shown) {
        WizardRobot.click(robot, combo);
        robot.clickOn(shown);
    }

    /** The purchase page filled as the 40-minute top-up (paid by Alipay at 10:00 on 快充卡盟). */
    static void fillPurchase(FxRobot robot, String amount) {
        choose(robot, "#product", "话费充值");
        choose(robot, "#delivery", "直充");
        WizardRobot.click(robot, "#amount").write(amount);
        WizardRobot.click(robot, "#paidAtDate").write("2026-03-02").type(KeyCode.ENTER);
        WizardRobot.click(robot, "#paidAtTime").write("10:00");
        choose(robot, "#payment", "支付宝");
        WizardRobot.click(robot, "#platformName").write("快充卡盟");
    }

    /** The node itself is visible (its containers aside). */
    static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The node and every parent visible: a question row hides as a whole. */
    static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}

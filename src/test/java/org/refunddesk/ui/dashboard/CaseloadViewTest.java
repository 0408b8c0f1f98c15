package org.refunddesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.Database;
import org.refunddesk.store.SavedViews;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.dialog.FxDialogService;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The caseload tab driven through real controls, with the real store and task executor. */
@ExtendWith(ApplicationExtension.class)
class CaseloadViewTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path dataDir;
    private Database database;
    private CaseRepository repository;
    private FxTaskExecutor tasks;
    private UiPreferences preferences;

    @Start
    void start(Stage stage) {
        database = Database.open(dataDir, clock);
        repository = database.cases();
        repository.create(UiCases.of("话费没到账", "星辰卡盟", "KM1", "王小明", "13800138000", "100.00"));
        repository.create(UiCases.of("游戏点卡充错", "月亮卡盟", "KM2", "李华", "13900139000", "30.00"));
        repository.create(UiCases.of("流量包买重复", "星辰卡盟", "KM3", "赵敏", "13700137000", "9.90"));
        repository.create(UiCases.of("卡密无效", "太阳卡盟", "KM4", "钱多", "13600136000", "50.00"));
        repository.create(UiCases.of("会员没开通", "太阳卡盟", "KM5", "孙丽", "13500135000", "25.00")
                .withAssignee("李志愿"));
        tasks = new FxTaskExecutor();
        preferences = UiPreferences.load(new InMemoryPreferences());
        preferences.helperNameProperty().set("张志愿");
        AppServices services = new AppServices(repository, dataDir, tasks, new FxDialogService(() -> stage, messages),
                messages, clock, preferences, CaseInsights.NONE);
        MainWindow window = new MainWindow(services);
        new CasesFeature(services).install(window);
        CaseloadFeature caseload = new CaseloadFeature(services, null, new SavedViews(database, clock));
        caseload.install(window);
        stage.setScene(new Scene(window.root(), 1300, 700));
        stage.show();
        caseload.show(window);
    }

    @AfterEach
    void closeStore() {
        tasks.shutdown();
        database.close();
    }

    @Test
    void threeSelectedCasesAssignedInBulkShowUnderMyCases(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 5, "the caseload did not show 5 cases");

        robot.clickOn(row(robot, "话费没到账"));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "流量包买重复")).clickOn(row(robot, "卡密无效"))
                .release(KeyCode.CONTROL);
        assertThat(robot.lookup("#selectedCount").queryAs(Label.class).getText()).isEqualTo("已选 3 个");
        robot.clickOn("#assignName").write("张志愿");
        robot.clickOn("#assignSelected");
        waitUntil(() -> repository.list().stream().filter(c -> "张志愿".equals(c.assignee())).count() == 3,
                "the three cases were not stored as assigned");

        robot.clickOn("#myCases");
        waitUntil(() -> table(robot).getItems().size() == 3, "my cases did not narrow the list to 3");

        assertThat(table(robot).getItems()).extracting(o -> o.refundCase().title())
                .containsExactlyInAnyOrder("话费没到账", "流量包买重复", "卡密无效");
        assertThat(table(robot).getItems()).extracting(o -> o.refundCase().assignee()).containsOnly("张志愿");
        assertThat(robot.from(table(robot)).lookup("游戏点卡充错").tryQuery()).isEmpty();
        assertThat(repository.list()).filteredOn(c -> c.title().equals("会员没开通"))
                .extracting(RefundCase::assignee).containsExactly("李志愿");

        robot.clickOn("#myCases");
        waitUntil(() -> table(robot).getItems().size() == 5, "unticking my cases did not show all again");
    }

    @Test
    void theSummaryCountsTheCases(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 5, "the caseload did not show 5 cases");

        assertThat(robot.lookup("#caseloadSummary").queryAs(Label.class).getText()).startsWith("共 5 个案件");
    }

    @Test
    void myCasesWithoutAHelperNameShowsNothingRatherThanTheUnassigned(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 5, "the caseload did not show 5 cases");
        robot.interact(() -> preferences.helperNameProperty().set(""));

        robot.clickOn("#myCases");

        waitUntil(() -> table(robot).getItems().isEmpty(), "my cases without a name still showed cases");
    }

    /** The title cell in the caseload table (the case list in the other tab shows the same titles). */
    private static javafx.scene.Node row(FxRobot robot, String title) {
        return robot.from(table(robot)).lookup(title).query();
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseOverview> table(FxRobot robot) {
        return robot.lookup("#caseloadTable").queryAs(TableView.class);
    }

    private static void waitUntil(BooleanSupplier condition, String failure) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError(failure);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

}

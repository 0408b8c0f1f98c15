package org.refunddesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.exchange.xlsx.CaseColumn;
import org.refunddesk.rules.caseload.PlatformCluster;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.Database;
import org.refunddesk.store.SavedViews;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's charts, clusters, saved views and import mapping, driven through real controls. */
@ExtendWith(ApplicationExtension.class)
class CaseloadDashboardViewTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    @TempDir
    Path dataDir;
    private Database database;
    private CaseRepository repository;
    private FxTaskExecutor tasks;
    private CaseloadFeature caseload;

    @Start
    void start(Stage stage) {
        database = Database.open(dataDir.resolve("data"), clock);
        repository = database.cases();
        repository.create(UiCases.of("话费没到账", "星辰卡盟", "KM1", "王小明", "13800138000", "100.00"));
        repository.create(UiCases.of("流量包重复", "www.星辰卡盟.com", "KM2", "赵敏", "13700137000", "9.90"));
        repository.create(UiCases.of("点卡无效", "星辰 卡盟", "KM3", "王小明", "13800138000", "20.00"));
        repository.create(UiCases.of("游戏点卡充错", "月亮卡盟", "KM4", "李华", "13900139000", "30.00")
                .withStatus(CaseStatus.WAITING));
        repository.create(UiCases.of("会员没开通", "太阳卡盟", "KM5", "孙丽", "13500135000", "25.00")
                .withAssignee("李志愿"));
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(repository, dataDir, tasks, dialogs, messages, clock,
                UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        MainWindow window = new MainWindow(services);
        caseload = new CaseloadFeature(services, null, new SavedViews(database, clock));
        caseload.install(window);
        stage.setScene(new Scene(window.root(), 1300, 860));
        stage.show();
        caseload.show(window);
    }

    @AfterEach
    void closeStore() {
        tasks.shutdown();
        database.close();
    }

    @Test
    void clickingAStatusBarFiltersTheListAndShowsTheFilterUntilCleared(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 5, "the caseload did not show 5 cases");
        robot.clickOn(messages.get("caseload.ui.dashboard.charts"));

        robot.clickOn(robot.lookup("#statusBar-WAITING").queryAs(Node.class));

        waitUntil(() -> table(robot).getItems().size() == 1, "the WAITING bar did not filter the list");
        assertThat(table(robot).getItems()).extracting(o -> o.refundCase().title()).containsExactly("游戏点卡充错");
        assertThat(label(robot, "#activeFilter")).isEqualTo("当前筛选：status=WAITING");

        robot.clickOn("#clearFilter");

        waitUntil(() -> table(robot).getItems().size() == 5, "clearing the filter did not show every case");
        assertThat(label(robot, "#activeFilter")).isEqualTo("未筛选");
    }

    @Test
    void theClustersViewShowsNameVariantsAsOnePlatformWithTheTotalAndSelectsItsCases(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 5, "the caseload did not show 5 cases");
        robot.clickOn(messages.get("caseload.ui.dashboard.clusters"));
        TableView<PlatformCluster> clusters = robot.lookup("#clustersTable").queryTableView();

        assertThat(robot.from(clusters).lookup("www.星辰卡盟.com / 星辰 卡盟 / 星辰卡盟").tryQuery()).isPresent();
        robot.clickOn(robot.from(clusters).lookup("129.90").queryAs(Node.class));
        assertThat(robot.lookup("#clusterMembers").queryListView().getItems()).hasSize(3);
        robot.clickOn("#showCluster");

        waitUntil(() -> table(robot).getItems().size() == 3, "the cluster did not narrow the list to its 3 cases");
        assertThat(table(robot).getItems()).extracting(o -> o.refundCase().title())
                .containsExactlyInAnyOrder("话费没到账", "流量包重复", "点卡无效");
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(3);
        assertThat(label(robot, "#selectedCount")).isEqualTo("已选 3 个");
        assertThat(label(robot, "#activeFilter")).isEqualTo("当前筛选：平台簇=星辰卡盟");
    }

    @Test
    void aSavedViewIsReopenedFromTheList(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 5, "the caseload did not show 5 cases");
        robot.clickOn("#filterAssignee").write("李志愿").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> table(robot).getItems().size() == 1, "the assignee filter did not narrow the list");
        robot.clickOn("#viewName").write("李的案件");
        robot.clickOn("#saveView");
        waitUntil(() -> new SavedViews(database, clock).list().size() == 1, "the view was not stored");
        robot.clickOn("#clearFilter");
        waitUntil(() -> table(robot).getItems().size() == 5, "clearing did not show every case");

        robot.clickOn("#savedViews");
        robot.clickOn(robot.lookup(".list-cell").lookup("李的案件").queryAs(Node.class));

        waitUntil(() -> table(robot).getItems().size() == 1, "reopening the view did not filter again");
        assertThat(table(robot).getItems()).extracting(o -> o.refundCase().title()).containsExactly("会员没开通");
        assertThat(robot.lookup("#filterAssignee").queryTextInputControl().getText()).isEqualTo("李志愿");

        robot.clickOn("#deleteView");
        waitUntil(() -> new SavedViews(database, clock).list().isEmpty(), "the view was not deleted");
    }

    @Test
    void theMappingDialogMarksTheBadCellAndImportsNothingUntilTheMappingIsFixed(FxRobot robot) throws IOException {
        waitUntil(() -> table(robot).getItems().size() == 5, "the caseload did not show 5 cases");
        dialogs.answerFile(Files.writeString(dataDir.resolve("mine.csv"), "网站,买的什么,花了多少,什么时候买的\n"
                + "太阳卡盟,话费充值,35,2026-11-01 10:00\n"
                + "太阳卡盟,游戏点卡,\"12,5\",2026-11-02 11:30\n"));
        robot.interact(() -> caseload.transfer().importXlsx());
        waitUntil(() -> robot.lookup("#importMapping").tryQuery().isPresent(), "the mapping dialog did not open");

        choose(robot, 0, CaseColumn.PLATFORM);
        choose(robot, 1, CaseColumn.PRODUCT);
        choose(robot, 2, CaseColumn.AMOUNT);
        choose(robot, 3, CaseColumn.PAID_AT);
        waitUntil(() -> robot.lookup(".import-error").tryQuery().isPresent(), "no cell was marked as wrong");

        TableCell<?, ?> bad = robot.lookup(".import-error").queryAs(TableCell.class);
        assertThat(bad.getText()).isEqualTo("12,5");
        assertThat(bad.getTooltip().getText()).isEqualTo("第 3 行 金额: “12,5” 不是金额");
        assertThat(robot.lookup("#importErrors").queryListView().getItems()).hasSize(1);
        assertThat(robot.lookup("#confirmImport").queryButton().isDisabled()).isTrue();
        assertThat(repository.list()).hasSize(5);

        choose(robot, 2, null);
        choose(robot, 3, CaseColumn.AMOUNT); // the purchase time is now unmapped: still blocked
        String paidAt = messages.get(CaseColumn.PAID_AT.headerKey());
        waitUntil(() -> robot.lookup("#importErrors").queryListView().getItems().stream()
                .anyMatch(e -> e.toString().contains(paidAt)), "the missing purchase time was not reported");
        assertThat(robot.lookup("#confirmImport").queryButton().isDisabled()).isTrue();
        DialogPane pane = robot.lookup("#importMapping").queryAs(Node.class).getParent() == null ? null
                : robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#importMapping").tryQuery()).isEmpty();
        assertThat(repository.list()).hasSize(5);
    }

    @Test
    void aFixedMappingImportsEveryRow(FxRobot robot) throws IOException {
        waitUntil(() -> table(robot).getItems().size() == 5, "the caseload did not show 5 cases");
        dialogs.answerFile(Files.writeString(dataDir.resolve("mine.csv"), "网站,买的什么,花了多少,什么时候买的\n"
                + "太阳卡盟,话费充值,35,2026-11-01 10:00\n"
                + "太阳卡盟,游戏点卡,8.5,2026-11-02 11:30\n"));
        robot.interact(() -> caseload.transfer().importXlsx());
        waitUntil(() -> robot.lookup("#importMapping").tryQuery().isPresent(), "the mapping dialog did not open");
        choose(robot, 0, CaseColumn.PLATFORM);
        choose(robot, 1, CaseColumn.PRODUCT);
        choose(robot, 2, CaseColumn.PAID_AT); // wrong first
        choose(robot, 3, CaseColumn.AMOUNT);
        waitUntil(() -> robot.lookup(".import-error").tryQuery().isPresent(), "no cell was marked as wrong");
        assertThat(robot.lookup("#confirmImport").queryButton().isDisabled()).isTrue();

        choose(robot, 2, CaseColumn.AMOUNT);
        choose(robot, 3, CaseColumn.PAID_AT);
        waitUntil(() -> !robot.lookup("#confirmImport").queryButton().isDisabled(), "the fixed mapping stayed blocked");
        robot.clickOn("#confirmImport");

        waitUntil(() -> repository.list().size() == 7, "the two rows were not imported");
        waitUntil(() -> table(robot).getItems().size() == 7, "the dashboard did not show the imported cases");
    }

    private static void choose(FxRobot robot, int column, CaseColumn field) {
        @SuppressWarnings("unchecked")
        ComboBox<CaseColumn> combo = robot.lookup("#mapColumn-" + column).queryAs(ComboBox.class);
        robot.interact(() -> combo.getSelectionModel().select(field));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
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

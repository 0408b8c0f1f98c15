package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.Database;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
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

/** The case list and editor driven through real controls, with the real store, task executor and dialogs. */
@ExtendWith(ApplicationExtension.class)
class CaseListViewTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path dataDir;
    private Database database;
    private CaseRepository repository;
    private FxTaskExecutor tasks;

    @Start
    void start(Stage stage) {
        database = Database.open(dataDir, clock);
        repository = database.cases();
        repository.create(UiCases.of("话费没到账", "星辰卡盟", "KM1", "王小明", "13800138000", "100.00", "加急"));
        repository.create(UiCases.of("游戏点卡充错", "月亮卡盟", "KM2", "李华", "13900139000", "30.00"));
        repository.create(UiCases.of("流量包买重复", "星辰卡盟", "KM3", "赵敏", "13700137000", "9.90"));
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(repository, dataDir, tasks, new FxDialogService(() -> stage, messages),
                messages, clock, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        MainWindow window = new MainWindow(services);
        new CasesFeature(services).install(window);
        stage.setScene(new Scene(window.root(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        tasks.shutdown();
        database.close();
    }

    @Test
    void theListShowsTheStoredCasesAndTheStatusBarCountsThem(FxRobot robot) {
        waitForRows(robot, 3);

        assertThat(robot.lookup("#statusCaseCount").queryAs(Label.class).getText()).isEqualTo("共 3 个案件");
        assertThat(robot.lookup("#statusDataDir").queryAs(Label.class).getText()).contains(dataDir.toString());
        assertThat(robot.lookup("月亮卡盟").tryQuery()).isPresent();
    }

    @Test
    void typingInTheSearchBoxNarrowsTheList(FxRobot robot) {
        waitForRows(robot, 3);

        robot.clickOn("#search").write("星辰");
        assertThat(table(robot).getItems()).extracting(r -> r.refundCase().title())
                .containsExactlyInAnyOrder("话费没到账", "流量包买重复");

        robot.write(" 流量");
        assertThat(table(robot).getItems()).extracting(r -> r.refundCase().title()).containsExactly("流量包买重复");
        assertThat(robot.lookup("#shownCount").queryAs(Label.class).getText()).isEqualTo("显示 1 / 3 个案件");

        robot.type(KeyCode.ESCAPE);
        assertThat(table(robot).getItems()).hasSize(3);
    }

    @Test
    void aSearchWithoutMatchesSaysSoInsteadOfAnEmptyTable(FxRobot robot) {
        waitForRows(robot, 3);

        robot.clickOn("#search").write("不存在的平台");

        assertThat(table(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#casePlaceholder").queryAs(Label.class).getText()).contains("不存在的平台");
    }

    @Test
    void aCaseCreatedInTheEditorIsStoredAndAppearsInTheList(FxRobot robot) {
        waitForRows(robot, 3);
        robot.clickOn("#newCase");
        fillValidCase(robot, "会员卡密无效");
        robot.clickOn("#saveCase");

        waitForRows(robot, 4);
        assertThat(robot.lookup("会员卡密无效").tryQuery()).isPresent();

        // closing and reopening the store keeps it
        database.close();
        try (Database reopened = Database.open(dataDir, clock)) {
            RefundCase stored = reopened.cases().list().stream().filter(c -> c.title().equals("会员卡密无效"))
                    .findFirst().orElseThrow();
            assertThat(stored.platform().name()).isEqualTo("太阳卡盟");
            assertThat(stored.purchase().product()).isEqualTo(ProductType.GAME_CARD);
            assertThat(stored.purchase().amount()).isEqualByComparingTo("88.8");
            assertThat(stored.purchase().paidAt()).isEqualTo(Instant.parse("2026-11-20T01:30:00Z"));
            assertThat(stored.problem().kind()).isEqualTo(ProblemKind.WRONG_ITEM);
            assertThat(reopened.cases().count()).isEqualTo(4);
        }
        database = Database.open(dataDir, clock);
    }

    @Test
    void anInvalidAmountIsShownNextToTheFieldAndNothingIsSaved(FxRobot robot) {
        waitForRows(robot, 3);

        robot.clickOn("#newCase");
        fillValidCase(robot, "金额写错了");
        TextField amount = robot.lookup("#amount").queryAs(TextField.class);
        robot.doubleClickOn(amount).eraseText(amount.getText().length()).write("12,5");

        Label message = robot.lookup("#amountError").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("12,5").contains("不是金额");
        assertThat(Decorator.getDecorations(amount)).isNotEmpty();
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getTooltip() != null
                && l.getTooltip().getText().contains("12,5")).tryQuery()).isPresent();
        Button save = robot.lookup("#saveCase").queryButton();
        assertThat(save.isDisabled()).isTrue();

        robot.clickOn(save);
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(repository.count()).isEqualTo(3);
        assertThat(table(robot).getItems()).hasSize(3);
    }

    @Test
    void deletingAsksFirstCancelKeepsTheCaseConfirmRemovesIt(FxRobot robot) {
        waitForRows(robot, 3);
        robot.clickOn("游戏点卡充错");

        robot.clickOn("#menu-case").clickOn("删除(_D)");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("游戏点卡充错");
        robot.clickOn("取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(repository.count()).isEqualTo(3);
        assertThat(table(robot).getItems()).hasSize(3);

        robot.clickOn("游戏点卡充错");
        robot.clickOn("#menu-case").clickOn("删除(_D)");
        robot.clickOn("确定");

        waitForRows(robot, 2);
        assertThat(repository.list()).extracting(RefundCase::title).doesNotContain("游戏点卡充错");
    }

    private void fillValidCase(FxRobot robot, String title) {
        robot.clickOn("#title").write(title);
        robot.clickOn("#platformName").write("太阳卡盟");
        choose(robot, "#product", "游戏点卡");
        choose(robot, "#delivery", "卡密");
        robot.clickOn("#amount").write("88.8");
        DatePicker paidDate = robot.lookup("#paidDate").queryAs(DatePicker.class);
        robot.clickOn(paidDate.getEditor()).write(paidDate.getConverter().toString(LocalDate.of(2026, 11, 20)))
                .type(KeyCode.ENTER);
        robot.clickOn("#paidTime").write("9:30");
        choose(robot, "#problemKind", "商品不符（非本人原因）");
    }

    private static void choose(FxRobot robot, String comboId, String item) {
        ComboBox<?> box = robot.lookup(comboId).queryComboBox();
        robot.clickOn(box);
        robot.clickOn(item);
        assertThat(box.getValue()).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseRow> table(FxRobot robot) {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    private static void waitForRows(FxRobot robot, int count) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == count);
        } catch (TimeoutException e) {
            throw new AssertionError("the list did not show " + count + " cases but " + table(robot).getItems().size());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

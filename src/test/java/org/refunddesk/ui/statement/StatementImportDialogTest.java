package org.refunddesk.ui.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.statement.StatementFixtures;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/** File → 导入账单…: the user picks a bill, ticks two payments, and gets two cases with the bill attached. */
@ExtendWith(ApplicationExtension.class)
class StatementImportDialogTest {
    private final Clock clock = Clock.fixed(Instant.parse("2023-03-02T02:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;
    private Database db;
    private EvidenceVault vault;
    private FxTaskExecutor tasks;
    private Path bill;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(dataDir, clock);
        vault = new EvidenceVault(db, clock);
        bill = Files.write(userFiles.resolve("支付宝交易明细.csv"), StatementFixtures.Layout.ALIPAY_APP.bytes());
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(db.cases(), dataDir, tasks, new ScriptedDialogService().answerFile(bill),
                Messages.forTag("zh"), clock, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        MainWindow window = new MainWindow(services);
        new CasesFeature(services).install(window);
        new StatementFeature(services, vault).install(window);
        stage.setScene(new Scene(window.root(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        db.close();
    }

    /** The tick box of the shown row of that payment; the table lays out in its own pulse, so wait for it. */
    @SuppressWarnings("unchecked")
    private Optional<Node> tickBox(FxRobot robot, String counterparty) {
        // the table's measuring cell is a row outside the scene: only rows that are shown count
        return robot.lookup("#statementCandidates .table-row-cell").queryAll().stream()
                .map(n -> (TableRow<StatementCandidateRow>) n)
                .filter(r -> r.getScene() != null && r.isVisible() && r.getItem() != null
                        && counterparty.equals(r.getItem().candidate().payment().counterparty()))
                .findFirst().map(r -> r.lookup(".check-box")).filter(b -> b != null && b.getScene() != null);
    }

    private void tick(FxRobot robot, String counterparty) throws Exception {
        // while the table settles its cells are laid out again: a box found can leave the scene before the click
        // (the robot then fails before pressing anything), so it is looked up again and clicked once it stays
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            Optional<Node> box = tickBox(robot, counterparty);
            if (box.isEmpty()) {
                return false;
            }
            try {
                robot.clickOn(box.get());
                return true;
            } catch (RuntimeException leftTheScene) {
                return false;
            }
        });
    }

    @Test
    void tickingTwoPaymentsMakesTwoCasesWithTheBillAttached(FxRobot robot) throws Exception {
        robot.clickOn("#menu-file").clickOn("导入账单(_Y)…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#statementCandidates").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#statementCandidates").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(4); // the four purchases that look like virtual goods; not the meal
        assertThat(robot.lookup("#importStatementRows").queryButton().isDisabled()).isTrue();

        tick(robot, "星辰卡盟");
        tick(robot, "金盾卡盟");
        assertThat(robot.lookup("#importStatementRows").queryButton().isDisabled()).isFalse();
        robot.clickOn("#importStatementRows");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> db.cases().count() == 2
                && db.cases().list().stream().allMatch(c -> vault.list(c.id()).size() == 1));
        List<RefundCase> cases = db.cases().list();
        assertThat(cases).extracting(c -> c.purchase().paymentRef()).containsExactlyInAnyOrder(
                StatementFixtures.PAYMENTS.get(0).tradeNo(), StatementFixtures.PAYMENTS.get(4).tradeNo());
        for (RefundCase c : cases) {
            EvidenceItem attached = vault.list(c.id()).get(0);
            assertThat(attached.category()).isEqualTo(EvidenceCategory.PAYMENT_STATEMENT);
            assertThat(attached.originalName()).isEqualTo("支付宝交易明细.csv");
            assertThat(attached.source()).isEqualTo("支付宝账单");
        }
        // the case list shows them (it reloads when cases change)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("星辰卡盟 100.00 元（账单导入）").tryQuery().isPresent()
                        && robot.lookup("金盾卡盟 200.00 元（账单导入）").tryQuery().isPresent());
    }
}

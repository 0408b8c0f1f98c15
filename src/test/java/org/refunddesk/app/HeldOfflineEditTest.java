package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.offline.HoldReason;
import org.refunddesk.store.offline.OfflineQueue;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TcpCable;
import org.refunddesk.testing.TestPostgres;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.cases.CaseRow;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.dialog.FxDialogService;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, an offline edit the server cannot take: while the cable is cut two cases are edited, and someone deletes
 * one of them on the server. Once the cable is back the other edit lands, the stuck one is named in a banner and
 * listed in words in the unsynced-changes panel, and discarding it there (after a confirmation saying what is lost)
 * empties the queue, on disk too.
 */
@ExtendWith(ApplicationExtension.class)
class HeldOfflineEditTest {
    private final Clock clock = Clock.systemUTC();
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path cache;
    private Database owner;
    private Database client;
    private TcpCable cable;
    private TeamSession session;
    private FxTaskExecutor tasks;
    private RefundCase doomed;
    private RefundCase kept;

    /** A test cluster started here (no REFUNDDESK_TEST_PG) starts before the window's set-up, not inside its timeout. */
    @BeforeAll
    static void serverUp() {
        TestPostgres.superuserSql("postgres", "SELECT 1");
    }

    @Start
    void start(Stage stage) throws Exception {
        ServerLogin direct = TestPostgres.newDatabase();
        owner = Database.openServer(direct, cache.resolve("owner"), clock, true);
        doomed = owner.cases().create(SampleCases.full("会被别人删除的案件"));
        kept = owner.cases().create(SampleCases.full("还在服务器上的案件"));
        ServerAddress a = direct.address();
        cable = TcpCable.to(a.host(), a.port());
        ServerLogin viaCable = new ServerLogin(new ServerAddress("127.0.0.1", cable.port(), a.database(), a.user(),
                a.sslMode()), new char[0]);
        client = Database.openServer(viaCable, cache.resolve("client"), clock, false);
        session = TeamSession.open(client, viaCable, clock, messages);
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(session.cases(), client.dataDir(), tasks,
                new FxDialogService(() -> stage, messages), messages, clock,
                UiPreferences.load(new InMemoryPreferences()), null, client.summaries());
        MainWindow window = new MainWindow(services);
        new CasesFeature(services).install(window);
        session.attach(window, messages);
        stage.setScene(new Scene(window.root(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        tasks.shutdown();
        cable.close();
        client.close();
        owner.close();
    }

    @Test
    void theEditOfACaseDeletedOnTheServerIsListedAndDiscardedWhileTheOtherLands(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2
                && session.liveUpdates());
        RefundCase doomedShown = session.cases().find(doomed.id()).orElseThrow();
        RefundCase keptShown = session.cases().find(kept.id()).orElseThrow();

        cable.cut();
        session.monitor().orElseThrow().retryNow(); // no need to wait for the next regular check
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible(robot, "#connectionBanner"));
        session.cases().update(doomedShown.withStatus(CaseStatus.WAITING));
        session.cases().update(ConflictField.TITLE.set(keptShown, "断网时改的标题"));
        owner.cases().delete(doomed.id());

        cable.restore();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#connectionBannerRetry").query().isDisabled());
        robot.clickOn("#connectionBannerRetry");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> visible(robot, "#heldEditsBanner"));

        assertThat(owner.cases().find(kept.id()).orElseThrow().title()).isEqualTo("断网时改的标题");
        assertThat(owner.cases().find(doomed.id())).isEmpty();
        assertThat(robot.lookup("#heldEditsBannerText").queryAs(Label.class).getText())
                .isEqualTo("1 项离线时的修改无法写到团队服务器，需要你决定怎么处理。");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#teamPendingEdits").queryAs(Label.class)
                .getText().equals("1 项修改保存在本机，其中 1 项无法发送，需要你决定"));
        OfflineQueue queue = session.saves().queue().orElseThrow();
        assertThat(queue.pending()).singleElement()
                .satisfies(e -> assertThat(e.hold().reason()).isEqualTo(HoldReason.CASE_GONE));

        robot.clickOn("#heldEditsOpen");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "#pendingEditsDialog"));
        VBox card = robot.lookup(".pending-edit").queryAs(VBox.class);
        String words = texts(card);
        assertThat(words).contains("会被别人删除的案件", "修改了状态", "修改于 ",
                "无法发送：这个案件已在团队服务器上被删除");
        assertThat(robot.from(card).lookup(".pendingSaveAsNew").tryQuery()).isPresent();

        robot.clickOn(robot.from(card).lookup(".pendingDiscard").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(
                (Label l) -> l.getText() != null && l.getText().contains("永久删除，无法找回")).tryQuery().isPresent());
        assertThat(robot.lookup((Label l) -> l.getText() != null
                && l.getText().contains("永久删除")).queryAs(Label.class).getText()).contains("会被别人删除的案件");
        robot.clickOn("确定");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> visible(robot, "#pendingEditsEmpty")
                && !visible(robot, "#heldEditsBanner") && !visible(robot, "#teamPendingEdits"));
        assertThat(queue.isEmpty()).isTrue();
        assertThat(OfflineQueue.open(client.dataDir(), clock).pending()).isEmpty();
        assertThat(owner.cases().find(kept.id()).orElseThrow().title()).isEqualTo("断网时改的标题");
    }

    private static String texts(Node node) {
        StringBuilder all = new StringBuilder();
        node.lookupAll(".label").forEach(n -> all.append(((Label) n).getText()).append('\n'));
        return all.toString();
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseRow> table(FxRobot robot) {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }
}

package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerLogin;
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
 * Issue 16, network loss in the window: the cable to the server is cut (the server keeps running); the banner says
 * the server is unreachable, the list keeps the last data, a save goes to the offline queue in the data folder and
 * the status bar counts it; once the cable is back the queue is sent (the case changed once on the server) and
 * the banner and count go away.
 */
@ExtendWith(ApplicationExtension.class)
class TeamNetworkLossTest {
    private final Clock clock = Clock.systemUTC();
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path cache;
    private Database owner;
    private Database client;
    private TcpCable cable;
    private TeamSession session;
    private FxTaskExecutor tasks;
    private RefundCase stored;

    @Start
    void start(Stage stage) throws Exception {
        ServerLogin direct = TestPostgres.newDatabase();
        owner = Database.openServer(direct, cache.resolve("owner"), clock, true);
        stored = owner.cases().create(SampleCases.full("话费没到账"));
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
    void aSaveWhileTheCableIsCutWaitsInTheQueueAndIsSentOnceWhenItIsBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1 && session.liveUpdates());
        RefundCase shown = session.cases().find(stored.id()).orElseThrow();
        long base = owner.cases().findVersioned(stored.id()).orElseThrow().version();
        assertThat(visible(robot, "#connectionBanner")).isFalse();

        cable.cut();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> visible(robot, "#connectionBanner"));
        assertThat(robot.lookup("#connectionBannerText").queryAs(Label.class).getText()).startsWith("无法连接团队服务器");
        assertThat(robot.lookup("话费没到账").tryQuery()).isPresent(); // the last data stays

        RefundCase edited = session.cases().update(ConflictField.TITLE.set(shown, "断网时改的标题"));

        assertThat(edited.title()).isEqualTo("断网时改的标题");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible(robot, "#teamPendingEdits"));
        assertThat(robot.lookup("#teamPendingEdits").queryAs(Label.class).getText()).startsWith("1 项修改保存在本机");
        assertThat(Files.readString(client.dataDir().resolve(OfflineQueue.FILE_NAME))).contains("断网时改的标题");
        assertThat(owner.cases().find(stored.id()).orElseThrow().title()).isEqualTo("话费没到账");

        cable.restore();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#connectionBannerRetry").query().isDisabled());
        robot.clickOn("#connectionBannerRetry");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !visible(robot, "#connectionBanner")
                && !visible(robot, "#teamPendingEdits")
                && "断网时改的标题".equals(owner.cases().find(stored.id()).orElseThrow().title()));

        assertThat(owner.cases().findVersioned(stored.id()).orElseThrow().version()).isEqualTo(base + 1);
        assertThat(session.saves().queue().orElseThrow().isEmpty()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("断网时改的标题").tryQuery().isPresent());
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseRow> table(FxRobot robot) {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }
}

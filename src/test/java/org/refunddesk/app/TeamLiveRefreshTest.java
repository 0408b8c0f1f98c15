package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
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
import org.refunddesk.store.ServerLogin;
import org.refunddesk.testing.SampleCases;
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
 * Issue 16, live: client B's case list (the real window's list, through the team session) shows what client A
 * changed or added on the server, told by LISTEN/NOTIFY and pulling only those cases' summaries: the rows of
 * other cases are not read again. The wait is a polling one of a few seconds, never a timing assertion.
 */
@ExtendWith(ApplicationExtension.class)
class TeamLiveRefreshTest {
    private final Clock clock = Clock.systemUTC();
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path cache;
    private ServerLogin login;
    private Database clientA;
    private Database clientB;
    private TeamSession session;
    private FxTaskExecutor tasks;
    private CasesFeature cases;
    private RefundCase changed;
    private RefundCase untouched;

    @Start
    void start(Stage stage) {
        login = TestPostgres.newDatabase();
        clientA = Database.openServer(login, cache.resolve("a"), clock, true);
        changed = clientA.cases().create(SampleCases.full("话费没到账"));
        untouched = clientA.cases().create(SampleCases.full("游戏点卡充错"));
        clientB = Database.openServer(login, cache.resolve("b"), clock, false);
        session = TeamSession.open(clientB, login, clock, messages);
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(session.cases(), clientB.dataDir(), tasks,
                new FxDialogService(() -> stage, messages), messages, clock,
                UiPreferences.load(new InMemoryPreferences()), null, clientB.summaries());
        MainWindow window = new MainWindow(services);
        cases = new CasesFeature(services);
        cases.install(window);
        session.attach(window, messages);
        stage.setScene(new Scene(window.root(), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        tasks.shutdown();
        clientB.close();
        clientA.close();
    }

    @Test
    void aChangeAndANewCaseFromAnotherClientAppearInTheListWithoutReadingTheOthers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2 && session.liveUpdates());
        CaseRow otherRow = row(robot, untouched);

        clientA.cases().update(ConflictField.TITLE.set(changed, "甲刚改的标题"));
        RefundCase added = clientA.cases().create(SampleCases.full("甲刚建的案件"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("甲刚改的标题").tryQuery().isPresent()
                && robot.lookup("甲刚建的案件").tryQuery().isPresent());
        assertThat(table(robot).getItems()).extracting(r -> r.refundCase().title())
                .containsExactlyInAnyOrder("甲刚改的标题", "游戏点卡充错", "甲刚建的案件");
        assertThat(row(robot, untouched)).isSameAs(otherRow); // not read again: only the changed summaries were
        assertThat(robot.lookup("话费没到账").tryQuery()).isEmpty();
        assertThat(added.id()).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseRow> table(FxRobot robot) {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    private CaseRow row(FxRobot robot, RefundCase refundCase) {
        return cases.model().rows().stream().filter(r -> r.id().equals(refundCase.id())).findFirst().orElseThrow();
    }
}

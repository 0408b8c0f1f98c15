package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.dialog.FxDialogService;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.HeldTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: while the rows of a big store are still being read, the status bar and the list say how many cases there
 * are (one count) instead of "0 cases", which was not true; once the rows arrive the list's own count takes over.
 */
@ExtendWith(ApplicationExtension.class)
class CaseCountWhileLoadingTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path dataDir;
    private Database database;
    private final HeldTaskExecutor held = new HeldTaskExecutor();

    @Start
    void start(Stage stage) {
        database = Database.open(dataDir, clock);
        database.cases().create(UiCases.of("话费没到账"));
        database.cases().create(UiCases.of("游戏点卡充错"));
        database.cases().create(UiCases.of("流量包买重复"));
        AppServices services = new AppServices(database.cases(), dataDir, held, new FxDialogService(() -> stage, messages),
                messages, clock, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        MainWindow window = new MainWindow(services);
        new CasesFeature(services).install(window);
        stage.setScene(new Scene(window.root(), 1000, 600));
        stage.show();
    }

    @AfterEach
    void closeStore() {
        held.shutdown();
        database.close();
    }

    @Test
    void theCountIsShownBeforeTheRowsArriveAndNeverSaysZeroMeanwhile(FxRobot robot) {
        Label status = robot.lookup("#statusCaseCount").queryAs(Label.class);
        Label placeholder = robot.lookup("#casePlaceholder").queryAs(Label.class);
        TableView<?> table = robot.lookup("#caseTable").queryAs(TableView.class);

        assertThat(status.getText()).isEqualTo("正在统计案件…");
        assertThat(placeholder.getText()).isEqualTo("正在加载案件…");

        robot.interact(held::runAllButReadsOfEveryCase);
        assertThat(status.getText()).isEqualTo("共 3 个案件");
        assertThat(placeholder.getText()).isEqualTo("正在读取 3 个案件…");
        assertThat(table.getItems()).isEmpty();
        assertThat(held.heldCount()).isPositive();

        robot.interact(held::runAll);
        assertThat(table.getItems()).hasSize(3);
        assertThat(status.getText()).isEqualTo("共 3 个案件");
    }
}

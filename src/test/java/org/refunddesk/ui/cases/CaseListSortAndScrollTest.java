package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
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

/**
 * The case list's rows are presorted and replaced per keystroke (issue 14): a column click still sorts, typing
 * keeps that order, the selected case stays selected and on screen, and a hidden one is let go.
 */
@ExtendWith(ApplicationExtension.class)
class CaseListSortAndScrollTest {
    private static final int CASES = 80;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path dataDir;
    private Database database;
    private FxTaskExecutor tasks;
    private CaseListViewModel model;

    @Start
    void start(Stage stage) {
        database = Database.open(dataDir, clock);
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(database.cases(), dataDir, tasks, new FxDialogService(() -> stage, messages),
                messages, clock, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        MainWindow window = new MainWindow(services);
        CasesFeature feature = new CasesFeature(services);
        feature.install(window);
        model = feature.model();
        stage.setScene(new Scene(window.root(), 1100, 500));
        stage.show();
    }

    /** Stored after the window is up (a slow @Start times out on a busy machine), then the list reloads. */
    private void storeCases(FxRobot robot) {
        List<RefundCase> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            // amounts not in creation order, so sorting by amount moves rows; every third case on 星辰卡盟
            cases.add(UiCases.of("案件" + i, i % 3 == 0 ? "星辰卡盟" : "月亮卡盟", "KM" + i, "王小明", "13800138000",
                    (i * 37 % CASES + 1) + ".00"));
        }
        database.cases().createAll(cases);
        robot.interact(model::reload);
        waitForRows(robot, CASES);
    }

    @AfterEach
    void closeStore() {
        tasks.shutdown();
        database.close();
    }

    @Test
    void aColumnClickSortsAndTypingKeepsTheOrder(FxRobot robot) {
        storeCases(robot);

        robot.clickOn("#column-amount");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(amounts(robot)).isSortedAccordingTo(Comparator.naturalOrder()).hasSize(CASES);
        robot.clickOn("#column-amount");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(amounts(robot)).isSortedAccordingTo(Comparator.reverseOrder());

        robot.clickOn("#search").write("星辰");
        assertThat(table(robot).getItems()).hasSize((CASES + 2) / 3)
                .allSatisfy(r -> assertThat(r.refundCase().platform().name()).isEqualTo("星辰卡盟"));
        assertThat(amounts(robot)).isSortedAccordingTo(Comparator.reverseOrder());
        robot.type(KeyCode.ESCAPE);
        assertThat(amounts(robot)).hasSize(CASES).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void theSelectedCaseStaysSelectedAndOnScreenWhileTyping(FxRobot robot) {
        storeCases(robot);
        TableView<CaseRow> table = table(robot);
        // a 星辰卡盟 case far down the list, selected and scrolled to
        int far = CASES - 1;
        while (!table.getItems().get(far).refundCase().platform().name().equals("星辰卡盟")) {
            far--;
        }
        CaseRow chosen = table.getItems().get(far);
        robot.interact(() -> {
            table.scrollTo(chosen);
            table.getSelectionModel().select(chosen);
        });
        int farIndex = far;
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleIndexes(robot).contains(farIndex));
        } catch (TimeoutException e) {
            throw new AssertionError("the chosen row was not scrolled to");
        }

        robot.clickOn("#search").write("星辰");

        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(chosen.id());
        assertThat(model.selectedProperty().get().id()).isEqualTo(chosen.id());
        assertThat(visibleIndexes(robot)).contains(table.getSelectionModel().getSelectedIndex());

        robot.write("x没有");
        assertThat(table.getItems()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    private List<BigDecimal> amounts(FxRobot robot) {
        return table(robot).getItems().stream().map(r -> r.refundCase().purchase().amount()).toList();
    }

    private List<Integer> visibleIndexes(FxRobot robot) {
        List<Integer> shown = new ArrayList<>();
        robot.interact(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) table(robot).lookup(".virtual-flow");
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            for (int i = first.getIndex(); i <= last.getIndex(); i++) {
                shown.add(i);
            }
        });
        return shown;
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseRow> table(FxRobot robot) {
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    private static void waitForRows(FxRobot robot, int count) {
        try {
            // looked up on the FX thread: a lookup from the test thread races the list's scene changes
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().size() == count).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the list did not show " + count + " cases but " + table(robot).getItems().size());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

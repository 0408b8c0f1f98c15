package org.refunddesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseAudit;
import org.refunddesk.store.Database;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.FxTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;
import org.refunddesk.ui.workspace.CaseWorkspaceFeature;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The case workspace's 变更记录 on the embedded store (H2 has the case_audit table too, migration V15; the rows
 * here stand for what the team server's triggers write): who changed what and when, newest first, in words; a
 * change of the case reads the trail again; the export writes the same lines as CSV off the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class CaseAuditSectionTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;
    private Database database;
    private FxTaskExecutor tasks;
    private MainWindow window;
    private RefundCase audited;
    private RefundCase quiet;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The store is opened on the test's thread (a cold start of H2 on a busy machine outlasts TestFX's set-up wait). */
    private void show(FxRobot robot) {
        database = Database.open(dataDir, clock);
        audited = database.cases().create(UiCases.of("话费三天没到账"));
        quiet = database.cases().create(UiCases.of("流量包买重复"));
        audit(audited.id(), "li_lei", "CASE_CREATED", null, "2026-11-25T09:00:00+08:00");
        audit(audited.id(), "han_mei", "CASE_UPDATED", "status,title", "2026-11-25T10:30:15+08:00");
        audit(UUID.randomUUID(), "other", "CASE_CREATED", null,
                "2026-11-25T11:00:00+08:00"); // another case's line: never shown here
        tasks = new FxTaskExecutor();
        AppServices services = new AppServices(database.cases(), dataDir, tasks, dialogs, messages, clock,
                UiPreferences.load(new InMemoryPreferences()), null);
        robot.interact(() -> {
            window = new MainWindow(services);
            new CaseAuditFeature(services, new CaseAudit(database)::forCase).install(window);
            new CaseWorkspaceFeature(services, null).install(window);
            stage.setScene(new Scene(window.root(), 1024, 700));
            stage.show();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).forEach(Window::hide));
        if (tasks != null) {
            tasks.shutdown();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theSectionListsWhoChangedWhatNewestFirstAndFollowsTheCase(FxRobot robot) throws Exception {
        show(robot);
        robot.interact(() -> window.openCase(audited, CaseAuditFeature.SECTION));
        TabPane sections = robot.lookup("#workspaceSections").queryAs(TabPane.class);
        assertThat(sections.getSelectionModel().getSelectedItem().getText()).isEqualTo("变更记录");
        until(() -> shownRows(robot).size() == 2);

        assertThat(shownRows(robot)).containsExactly(
                List.of("2026-11-25 10:30:15", "han_mei", "修改了状态、标题"),
                List.of("2026-11-25 09:00:00", "li_lei", "建立了案件"));

        // the case changes (here: an event recorded and the status set, as the server's triggers record them)
        audit(audited.id(), "li_lei", "EVENT_ADDED", "REFUND_APPLIED", "2026-11-26T09:59:00+08:00");
        RefundCase saved = database.cases().update(audited.withStatus(CaseStatus.WAITING));
        robot.interact(() -> window.openCases().stored(saved));

        until(() -> shownRows(robot).size() == 3);
        assertThat(shownRows(robot).get(0)).containsExactly("2026-11-26 09:59:00", "li_lei", "记下事件：申请退款");
    }

    @Test
    void aCaseWithNoLinesSaysWhyAndTheExportWritesTheTrailAsCsv(FxRobot robot) throws Exception {
        show(robot);
        robot.interact(() -> window.openCase(quiet, CaseAuditFeature.SECTION));
        until(() -> robot.lookup("#auditMessage").tryQuery().map(n -> ((Label) n).getText())
                .filter(t -> t.startsWith("这个案件还没有变更记录")).isPresent());
        assertThat(robot.lookup("#auditMessage").queryAs(Label.class).isVisible()).isTrue();

        robot.interact(() -> window.openCase(audited, CaseAuditFeature.SECTION));
        until(() -> shownRows(robot).size() == 2);
        Path csv = userFiles.resolve("变更记录.csv");
        dialogs.answerFile(csv);
        robot.clickOn("#auditExport");

        until(() -> !dialogs.shown("notify").isEmpty());
        assertThat(dialogs.shown("save")).singleElement().extracting(ScriptedDialogService.Shown::message)
                .isEqualTo("变更记录-2026-11-26.csv");
        assertThat(dialogs.shown("notify").get(0).message()).contains("2 条").contains(csv.toString());
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "时间,谁,做了什么",
                "2026-11-25 10:30:15,han_mei,修改了状态、标题",
                "2026-11-25 09:00:00,li_lei,建立了案件");
    }

    /** The texts of the table's rows as drawn: each visible row's cells, left to right. */
    private static List<List<String>> shownRows(FxRobot robot) {
        TableView<?> table = robot.lookup("#auditTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#auditTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && r.isVisible())
                .sorted(java.util.Comparator.comparingInt(TableRow::getIndex))
                .map(r -> r.lookupAll(".table-cell").stream().map(c -> (TableCell<?, ?>) c)
                        .sorted(java.util.Comparator.comparingInt(c -> table.getVisibleLeafColumns().indexOf(c.getTableColumn())))
                        .map(TableCell::getText).toList())
                .toList();
    }

    private void audit(UUID caseId, String who, String action, String what, String at) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO case_audit (case_id, who, action, what, version, at) VALUES (?, ?, ?, ?, NULL, ?)")) {
                ps.setObject(1, caseId);
                ps.setString(2, who);
                ps.setString(3, action);
                ps.setString(4, what);
                ps.setObject(5, OffsetDateTime.parse(at));
                return ps.executeUpdate();
            }
        });
    }

    private static void until(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}

package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.TeamMembers;
import org.refunddesk.store.keyring.MemoryKeyring;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.team.TeamServerSettings;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → 上传到团队服务器… / 从团队服务器复制到本机… (issue 16) against a real PostgreSQL, through the real menu items
 * and dialog: a store with three cases and an evidence file goes up with a progress bar and a result in words; a
 * second upload says nothing is new and the server has no duplicate row; without a server set up the dialog says so;
 * a download into an empty store shows the cases in the list. Two starts of the app in all (the CI run is long).
 */
@ExtendWith(ApplicationExtension.class)
class TeamMoveAppTest {
    private final Messages zh = Messages.forTag("zh");
    @TempDir
    Path dir;
    private Stage stage;
    private AppStartup startup;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (startup != null) {
            robot.interact(startup::stop);
        }
    }

    @Test
    void uploadTwiceCopiesEverythingOnceAndADownloadShowsTheCasesInTheList(FxRobot robot) throws Exception {
        ServerLogin owner = TestPostgres.newDatabase();
        String coordinator = TestPostgres.roleName("coord");
        try (Database db = Database.openServer(owner, dir.resolve("owner"), Clock.systemUTC(), true)) {
            TestPostgres.superuserSql("postgres", "CREATE ROLE " + coordinator + " LOGIN IN ROLE " + TeamMembers.COORDINATORS);
        }
        String server = "127.0.0.1/" + owner.address().database();
        Path local = dir.resolve("local");
        int events = 0;
        try (Database db = Database.open(local, Clock.systemUTC())) {
            for (String title : List.of("上传的第一件", "上传的第二件", "上传的第三件")) {
                RefundCase rc = db.cases().create(SampleCases.full(title));
                events += rc.events().size();
                if (title.equals("上传的第一件")) {
                    Path bill = Files.writeString(dir.resolve("bill.txt"), "支付宝账单 100 元");
                    new EvidenceVault(db, Clock.systemUTC())
                            .attach(EvidenceAttachment.of(rc.id(), bill, EvidenceCategory.PURCHASE_PROOF));
                }
            }
        }

        // 1. this computer's store, the server set up in Settings (not ticked: the cases go up before switching)
        UiPreferences preferences = UiPreferences.load(new InMemoryPreferences());
        saveServer(preferences, owner, coordinator);
        launch(robot, local, preferences);
        waitUntil(() -> shownCases(robot) == 3);

        fire(zh.get("teammove.menu.push"));
        waitUntil(() -> robot.lookup("#teamMoveStart").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#teamMoveDialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("本机数据库  →  团队服务器 " + server);
        assertThat(text(robot, "#teamMoveLine0")).contains("登录用户：" + coordinator);
        assertThat(text(robot, "#teamMoveLine2")).contains("不会出现重复");
        List<Double> progress = new CopyOnWriteArrayList<>();
        ProgressBar bar = robot.lookup("#teamMoveProgress").queryAs(ProgressBar.class);
        bar.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));

        robot.clickOn("#teamMoveStart");
        waitUntil(() -> !text(robot, "#teamMoveResult").isEmpty());
        assertThat(text(robot, "#teamMoveResult"))
                .isEqualTo("完成：3 件新案件，0 条新记录，1 个证据文件；0 件已是最新。");
        assertThat(text(robot, "#teamMoveStatus")).isEqualTo("已作为协调人 " + coordinator + " 登录 " + server + "。");
        assertThat(progress).as("indeterminate while logging in, full at the end").contains(-1.0).endsWith(1.0);
        assertThat(serverRows(owner)).containsExactly(3L, (long) events, 1L, 1L);

        robot.clickOn("#teamMoveStart");
        waitUntil(() -> text(robot, "#teamMoveResult").contains("没有新内容"));
        assertThat(text(robot, "#teamMoveResult"))
                .isEqualTo("完成：没有新内容需要复制，3 件案件都已是最新，什么也没有重复复制。");
        assertThat(serverRows(owner)).as("no duplicates after the second upload").containsExactly(3L, (long) events, 1L, 1L);
        robot.clickOn("#teamMoveClose");
        waitUntil(() -> robot.lookup("#teamMoveDialog").tryQuery().isEmpty());
        robot.interact(startup::stop);

        // 2. another computer: an empty store and no server set up yet
        UiPreferences elsewhere = UiPreferences.load(new InMemoryPreferences());
        launch(robot, dir.resolve("copy"), elsewhere);
        waitUntil(() -> shownCases(robot) == 0);
        fire(zh.get("teammove.menu.pull"));
        waitUntil(() -> robot.lookup("#teamMoveOpenSettings").tryQuery().isPresent());
        assertThat(text(robot, "#teamMoveLine0")).startsWith("还没有设置团队服务器");
        assertThat(robot.lookup("#teamMoveStart").tryQuery()).isEmpty();
        robot.clickOn("#teamMoveClose");
        waitUntil(() -> robot.lookup("#teamMoveDialog").tryQuery().isEmpty());

        saveServer(elsewhere, owner, coordinator);
        fire(zh.get("teammove.menu.pull"));
        waitUntil(() -> robot.lookup("#teamMoveStart").tryQuery().isPresent());
        assertThat(robot.lookup("#teamMoveDialog").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("团队服务器 " + server + "  →  本机数据库");
        robot.clickOn("#teamMoveStart");
        waitUntil(() -> !text(robot, "#teamMoveResult").isEmpty());
        assertThat(text(robot, "#teamMoveResult"))
                .isEqualTo("完成：3 件新案件，0 条新记录，1 个证据文件；0 件已是最新。");
        waitUntil(() -> shownCases(robot) == 3);
        assertThat(robot.lookup("上传的第二件").tryQuery()).isPresent();
        robot.clickOn("#teamMoveClose");
        robot.interact(startup::stop);
        startup = null;

        try (Database copy = Database.open(dir.resolve("copy"), Clock.systemUTC())) {
            assertThat(copy.cases().count()).isEqualTo(3);
            RefundCase first = copy.cases().list().stream().filter(c -> c.title().equals("上传的第一件")).findFirst()
                    .orElseThrow();
            EvidenceVault vault = new EvidenceVault(copy, Clock.systemUTC());
            assertThat(vault.list(first.id())).hasSize(1);
            assertThat(vault.verify(first.id())).isEmpty();
        }
    }

    private static void saveServer(UiPreferences preferences, ServerLogin owner, String user) {
        new TeamServerSettings("127.0.0.1", owner.address().port(), owner.address().database(), user,
                TeamServerSettings.TlsMode.DISABLE, false).save(preferences.teamServerNode());
    }

    private void launch(FxRobot robot, Path dataDir, UiPreferences preferences) {
        startup = new AppStartup(new LaunchOptions(dataDir.toString(), false, null, List.of()), preferences,
                Clock.systemUTC(), () -> { });
        startup.useEnvironment(Map.of(), new MemoryKeyring());
        robot.interact(() -> startup.start(stage));
    }

    /** Rows on the server: cases, events, evidence rows, stored files, counted with SQL as the server's owner. */
    private static List<Long> serverRows(ServerLogin owner) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", owner.address().user());
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + owner.address().host() + ":"
                + owner.address().port() + "/" + owner.address().database() + "?sslmode=disable", p);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM cases), (SELECT COUNT(*) FROM case_events),"
                     + " (SELECT COUNT(*) FROM evidence), (SELECT COUNT(*) FROM evidence_blobs)")) {
            rs.next();
            return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void fire(String text) {
        MenuBar bar = (MenuBar) startup.mainWindow().root().getTop();
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null
                        && text.equals(i.getText().replaceFirst("\\(_.\\)", "").replaceFirst("_(?=.)", "")))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Cases in the list once the main window is up; -1 while the window is still opening. */
    private static int shownCases(FxRobot robot) {
        return robot.lookup("#caseTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size()).orElse(-1);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

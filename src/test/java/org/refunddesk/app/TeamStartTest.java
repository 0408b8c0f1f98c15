package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.TeamMembers;
import org.refunddesk.store.keyring.MemoryKeyring;
import org.refunddesk.testing.TestPostgres;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.team.TeamServerSettings;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.UiCases;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app in team mode (issue 16) against a real PostgreSQL: started with {@code --server} or with the
 * server saved in 设置 → 团队服务器 it lists the server's cases (as far as the role may see) and names the store in
 * the status bar; a server that cannot be reached is said so and the local store is opened only when chosen; the
 * settings page's 测试连接 logs in for real.
 */
@ExtendWith(ApplicationExtension.class)
class TeamStartTest {
    private final Messages zh = Messages.forTag("zh");
    @TempDir
    Path dataDir;
    private Stage stage;
    private AppStartup startup;
    private int exits;
    private ServerLogin owner;
    private String coordinator;
    private final InMemoryPreferences preferenceStore = new InMemoryPreferences();
    private final UiPreferences preferences = UiPreferences.load(preferenceStore);

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void serverWithCases() {
        owner = TestPostgres.newDatabase();
        coordinator = TestPostgres.roleName("coord");
        try (Database db = Database.openServer(owner, dataDir.resolve("owner"), Clock.systemUTC(), true)) {
            TestPostgres.superuserSql("postgres", "CREATE ROLE " + coordinator + " LOGIN IN ROLE " + TeamMembers.COORDINATORS);
            db.cases().create(UiCases.of("服务器上的案件"));
        }
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (startup != null) {
            robot.interact(startup::stop);
        }
    }

    private void launch(FxRobot robot, LaunchOptions options) {
        startup = new AppStartup(options, preferences, Clock.systemUTC(), () -> exits++);
        startup.useEnvironment(Map.of(), new MemoryKeyring());
        robot.interact(() -> startup.start(stage));
    }

    private LaunchOptions withServer(String server) {
        return new LaunchOptions(dataDir.toString(), false, null, List.of(), null, server, null, null);
    }

    @Test
    void startedWithServerTheListShowsTheServersCasesAndTheStatusBarNamesTheServerAndRole(FxRobot robot) throws Exception {
        launch(robot, withServer(owner.address().withUser(coordinator).toString()));
        waitUntil(() -> shownCases(robot) == 1);

        assertThat(robot.lookup("服务器上的案件").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusStore").queryAs(Label.class).getText())
                .isEqualTo("团队服务器 127.0.0.1/" + owner.address().database() + "（协调人：" + coordinator + "）");
        // nothing went into the data folder's own store
        assertThat(Files.exists(dataDir.resolve("refunddesk.mv.db"))).isFalse();
    }

    @Test
    void aDoubleClickedCaseFileIsHandedToTheWindowOnTheTeamServerInsteadOfStartingASecondOne(FxRobot robot)
            throws Exception {
        String server = owner.address().withUser(coordinator).toString();
        launch(robot, withServer(server));
        waitUntil(() -> shownCases(robot) == 1);
        Path file = Files.createTempDirectory("rd-download").resolve("话费未到账.refundcase.json");
        Files.copy(TeamStartTest.class.getResourceAsStream("/org/refunddesk/installer/smoke-case.json"), file);

        // the second start as the launcher makes it (the team server from the environment, as a desktop entry has it)
        LaunchOptions doubleClick = LaunchOptions.parse(new String[] {"--data-dir", dataDir.toString(), file.toString()});
        boolean handed = Launcher.handedToRunningApp(doubleClick, java.util.Optional.of(file),
                Map.of(org.refunddesk.cli.ServerOptions.ENV_SERVER, server), preferences);

        assertThat(handed).as("the running team window took the file").isTrue();
        waitUntil(() -> robot.lookup("#handoverCasePreview").tryQuery().isPresent());
        assertThat(robot.lookup("#handoverCaseTitle").queryAs(Label.class).getText())
                .isEqualTo("话费直充100元未到账（打包冒烟测试）");
        assertThat(exits).isZero();
        // a start on this computer's store is not handed to the team window
        assertThat(Launcher.handedToRunningApp(doubleClick, java.util.Optional.of(file), Map.of(), preferences)).isFalse();
    }

    @Test
    void theServerSavedInSettingsOpensAtStartAndAHelperSeesOnlyTheirCases(FxRobot robot) throws Exception {
        String helper = TestPostgres.roleName("helper");
        try (Database db = Database.openServer(owner, dataDir.resolve("owner"), Clock.systemUTC(), false)) {
            new TeamMembers(db).add(helper, "pw".toCharArray(), false);
            db.cases().create(UiCases.of("分给我的案件").withAssignee(helper));
            db.cases().create(UiCases.of("别人的案件").withAssignee(coordinator));
        }
        new TeamServerSettings("127.0.0.1", owner.address().port(), owner.address().database(), helper,
                TeamServerSettings.TlsMode.DISABLE, true).save(preferences.teamServerNode());

        launch(robot, new LaunchOptions(dataDir.toString(), false, "en", List.of()));
        waitUntil(() -> shownCases(robot) == 2); // the unassigned one and the helper's own

        assertThat(robot.lookup("分给我的案件").tryQuery()).isPresent();
        assertThat(robot.lookup("服务器上的案件").tryQuery()).isPresent();
        assertThat(robot.lookup("别人的案件").tryQuery()).isEmpty();
        assertThat(robot.lookup("#statusStore").queryAs(Label.class).getText())
                .isEqualTo("Team server 127.0.0.1/" + owner.address().database() + " (" + helper + ", helper)");
    }

    @Test
    void anUnreachableServerIsSaidAndTheLocalStoreOpensOnlyWhenChosen(FxRobot robot) throws Exception {
        try (Database local = Database.open(dataDir)) {
            local.cases().create(UiCases.of("本机的案件"));
        }
        launch(robot, withServer("postgresql://" + coordinator + "@127.0.0.1:" + freePort() + "/refunddesk?sslmode=disable"));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("无法打开团队服务器 127.0.0.1/refunddesk", "服务器没有响应或拒绝连接",
                dataDir.toString());
        assertThat(shownCases(robot)).isEqualTo(-1); // no store opened behind the user's back
        robot.clickOn(zh.get("teamwire.start.openLocal"));

        waitUntil(() -> shownCases(robot) == 1);
        assertThat(robot.lookup("本机的案件").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusStore").queryAs(Label.class).getText()).isEqualTo("本机数据库");
        assertThat(exits).isZero();
    }

    @Test
    void aRefusedLoginAsksForThePasswordAndCancellingOffersTheLocalStore(FxRobot robot) throws Exception {
        // the test server trusts every login it knows; a role it does not know is refused like a wrong password
        String unknown = TestPostgres.roleName("nobody");
        launch(robot, withServer(owner.address().withUser(unknown).toString()));
        waitUntil(() -> robot.lookup("#serverPasswordDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#serverPasswordDialog").queryAs(DialogPane.class).getHeaderText())
                .contains(unknown, "127.0.0.1/" + owner.address().database());
        robot.clickOn("#serverPassword").write("猜的密码");
        robot.clickOn(zh.get("teamwire.password.connect"));

        waitUntil(() -> robot.lookup("#serverPasswordWrong").tryQuery().isPresent());
        robot.clickOn(zh.get("ui.dialog.cancel"));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery()
                .filter(p -> ((DialogPane) p).getContentText() != null
                        && ((DialogPane) p).getContentText().contains("用户名或密码不对")).isPresent());
        robot.clickOn(zh.get("teamwire.start.openLocal"));

        waitUntil(() -> shownCases(robot) == 0);
        assertThat(robot.lookup("#statusStore").queryAs(Label.class).getText()).isEqualTo("本机数据库");
        assertThat(exits).isZero();
    }

    @Test
    void aPasswordTheServerChecksIsAskedWhenRefusedAndNeverKeptInTheSettings(FxRobot robot) throws Exception {
        String password = "Team-Passw0rd-16";
        String member = TestPostgres.passwordRole("pwcoord", password, TeamMembers.COORDINATORS);
        new TeamServerSettings("127.0.0.1", owner.address().port(), owner.address().database(), member,
                TeamServerSettings.TlsMode.DISABLE, true).save(preferences.teamServerNode());

        launch(robot, new LaunchOptions(dataDir.toString(), false, null, List.of()));
        waitUntil(() -> robot.lookup("#serverPasswordDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#serverPasswordWrong").tryQuery()).isEmpty(); // first ask: nothing was wrong yet
        assertThat(shownCases(robot)).isEqualTo(-1);
        robot.clickOn("#serverPassword").write(password);
        robot.clickOn(zh.get("teamwire.password.connect"));

        waitUntil(() -> shownCases(robot) == 1);
        assertThat(robot.lookup("服务器上的案件").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusStore").queryAs(Label.class).getText()).contains(member);
        assertThat(everyPreference(preferenceStore)).isNotEmpty().noneMatch(v -> v.contains(password));
    }

    private static List<String> everyPreference(java.util.prefs.Preferences node) throws Exception {
        List<String> all = new java.util.ArrayList<>();
        for (String key : node.keys()) {
            all.add(key + "=" + node.get(key, ""));
        }
        for (String child : node.childrenNames()) {
            all.addAll(everyPreference(node.node(child)));
        }
        return all;
    }

    @Test
    void theSettingsTestLogsInForRealAndSaysWhyAWrongPortFails(FxRobot robot) throws Exception {
        launch(robot, new LaunchOptions(dataDir.toString(), false, null, List.of()));
        waitUntil(() -> shownCases(robot) == 0);
        assertThat(robot.lookup("#statusStore").queryAs(Label.class).getText()).isEqualTo("本机数据库");

        fire(robot, zh.get("ui.menu.settings"));
        waitUntil(() -> robot.lookup("#settingsTabs").tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
            Tab team = tabs.getTabs().stream().filter(t -> "settingsTeamServerTab".equals(t.getId())).findFirst()
                    .orElseThrow();
            tabs.getSelectionModel().select(team);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#teamServerHost").write("127.0.0.1");
        robot.interact(() -> {
            robot.lookup("#teamServerPort").queryAs(TextField.class).setText(String.valueOf(owner.address().port()));
            robot.lookup("#teamServerDatabase").queryAs(TextField.class).setText(owner.address().database());
            robot.lookup("#teamServerTls").queryAs(ChoiceBox.class).setValue(TeamServerSettings.TlsMode.DISABLE);
        });
        robot.clickOn("#teamServerUser").write(coordinator);

        robot.clickOn("#teamServerTest");
        waitUntil(() -> testResult(robot).startsWith("连接成功"));
        assertThat(testResult(robot)).isEqualTo("连接成功：已作为协调人 " + coordinator + " 登录 127.0.0.1/"
                + owner.address().database() + "，可以看到 1 件案件");

        int closed = freePort();
        robot.interact(() -> robot.lookup("#teamServerPort").queryAs(TextField.class).setText(String.valueOf(closed)));
        robot.clickOn("#teamServerTest");
        waitUntil(() -> testResult(robot).startsWith("连接失败"));
        assertThat(testResult(robot)).contains("服务器没有响应或拒绝连接", String.valueOf(closed));
        robot.interact(() -> robot.lookup("#teamServerPane").query().getScene().getWindow().hide());
    }

    private static String testResult(FxRobot robot) {
        return robot.lookup("#teamServerTestResult").queryAs(Label.class).getText();
    }

    private void fire(FxRobot robot, String text) {
        MenuBar bar = (MenuBar) startup.mainWindow().root().getTop();
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && (text.equals(i.getText())
                        || text.equals(i.getText().replaceFirst("\\(_.\\)", "").replaceFirst("_(?=.)", ""))))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Cases in the list once the main window is up; -1 while the window is still opening. */
    private static int shownCases(FxRobot robot) {
        return robot.lookup("#caseTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size()).orElse(-1);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

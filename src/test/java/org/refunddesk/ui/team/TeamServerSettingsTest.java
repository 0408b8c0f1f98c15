package org.refunddesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.keyring.MemoryKeyring;
import org.refunddesk.ui.settings.SettingsDialog;
import org.refunddesk.ui.settings.SettingsViewModel;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.LayoutCheck;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 设置 → 团队服务器 through the real settings dialog: typed, tested, saved; the password only in the keyring. */
@ExtendWith(ApplicationExtension.class)
class TeamServerSettingsTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private final UiPreferences preferences = UiPreferences.load(new InMemoryPreferences());
    private final MemoryKeyring keyring = new MemoryKeyring();
    private final List<String> tested = new ArrayList<>();
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private void open(String lang) {
        Messages messages = Messages.forTag(lang);
        robot.interact(() -> {
            dialog = new SettingsDialog(stage, new SettingsViewModel(preferences, messages), messages);
            TeamServerViewModel model = new TeamServerViewModel(preferences.teamServerNode(), keyring, messages,
                    (settings, password) -> {
                        tested.add(settings.jdbcUrl() + " " + password);
                        return "helper xiaoli";
                    }, Runnable::run, Runnable::run);
            dialog.addPage("settingsTeamServerTab", messages.get("teamclient.server.tab"),
                    new TeamServerPane(model, messages), model.invalidProperty(), model::save);
            dialog.show();
        });
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#settingsTabs").queryAs(TabPane.class);
            Tab team = tabs.getTabs().stream().filter(t -> "settingsTeamServerTab".equals(t.getId())).findFirst()
                    .orElseThrow();
            tabs.getSelectionModel().select(team);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typedSettingsAreTestedAndSavedWithThePasswordInTheKeyringOnly() throws Exception {
        open("zh");
        robot.clickOn("#teamServerUse");
        Button save = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        assertThat(save.isDisabled()).as("host, database, user missing").isTrue();
        assertThat(robot.lookup("#teamServerError").queryAs(Label.class).getText()).contains("服务器地址");
        robot.clickOn("#teamServerHost").write("db.example.org");
        robot.clickOn("#teamServerUser").write("xiaoli");
        robot.clickOn("#teamServerPassword").write("pw 1");
        robot.interact(() -> robot.lookup("#teamServerTls").queryAs(ChoiceBox.class)
                .setValue(TeamServerSettings.TlsMode.VERIFY_FULL));
        assertThat(save.isDisabled()).isFalse();

        robot.clickOn("#teamServerTest");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tested.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tested).containsExactly("jdbc:postgresql://db.example.org:5432/refunddesk?sslmode=verify-full pw 1");
        assertThat(robot.lookup("#teamServerTestResult").queryAs(Label.class).getText()).isEqualTo("连接成功：helper xiaoli");

        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        TeamServerSettings saved = TeamServerSettings.load(preferences.teamServerNode());
        assertThat(saved).isEqualTo(new TeamServerSettings("db.example.org", 5432, "refunddesk", "xiaoli",
                TeamServerSettings.TlsMode.VERIFY_FULL, true));
        assertThat(keyring.read(saved.keyringAccount())).contains("pw 1");
        Preferences node = preferences.teamServerNode();
        for (String key : node.keys()) {
            assertThat(node.get(key, "")).as(key).doesNotContain("pw 1");
        }
    }

    @Test
    void aBadPortKeepsSaveDisabledAndTlsIsOnByDefault() {
        open("en");
        assertThat(robot.lookup("#teamServerTls").queryAs(ChoiceBox.class).getValue())
                .isEqualTo(TeamServerSettings.TlsMode.REQUIRE);
        robot.doubleClickOn("#teamServerPort").write("99999");
        Button save = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().get(0));
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#teamServerError").queryAs(Label.class).getText()).contains("65535");
        robot.interact(dialog::close);
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1366,768,zh", "1024,700,zh", "1366,768,en", "1024,700,en"})
    void theTeamServerPageFitsAndNamesEveryControl(int w, int h, String lang) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        open(lang);
        List<String> findings = new ArrayList<>();
        robot.interact(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            dialog.getDialogPane().applyCss();
            dialog.getDialogPane().layout();
            findings.addAll(LayoutCheck.outsideScreen("team server", window, w, h));
            findings.addAll(LayoutCheck.cutTexts("team server", dialog.getDialogPane()));
            findings.addAll(LayoutCheck.unnamedControls("team server", dialog.getDialogPane()));
        });
        robot.interact(dialog::close);
        assertThat(findings).isEmpty();
    }
}

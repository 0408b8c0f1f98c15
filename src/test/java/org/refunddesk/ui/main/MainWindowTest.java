package org.refunddesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shell: features add menu items above the closing ones, views open lazily, empty menus stay hidden. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final AtomicInteger exits = new AtomicInteger();
    private final AtomicInteger viewsBuilt = new AtomicInteger();
    private final AtomicInteger toolRuns = new AtomicInteger();
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final UiPreferences preferences = UiPreferences.load(new InMemoryPreferences());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages messages = Messages.forTag("zh");
        AppServices services = new AppServices(new InMemoryCaseRepository(Clock.systemUTC()), Path.of("/tmp/rd-data"),
                new CurrentThreadTaskExecutor(), dialogs, messages, Clock.systemUTC(), preferences, CaseInsights.NONE);
        window = new MainWindow(services);
        new ShellFeature(services, new AboutInfo(Optional.of("9.9.9")), exits::incrementAndGet).install(window);
        // A later feature, installed after the shell's own items, as the app does:
        Feature tool = w -> {
            w.addMenuItem(MainMenu.FILE, "导出日程…", toolRuns::incrementAndGet);
            w.addMenuItem(MainMenu.TOOLS, "期限表", () -> w.showView("agenda", "期限表", () -> {
                viewsBuilt.incrementAndGet();
                return new Label("agenda view");
            }));
        };
        tool.install(window);
        stage.setScene(new Scene(window.root(), 800, 500));
        stage.show();
    }

    @Test
    void featureItemsGoAboveSettingsAndExit(FxRobot robot) {
        Menu file = menu(robot, "menu-file");

        assertThat(file.getItems()).extracting(MenuItem::getText)
                .containsExactly("导出日程…", null, "设置(_S)…", null, "退出(_X)");
    }

    @Test
    void menusNoFeatureFilledAreHidden(FxRobot robot) {
        assertThat(menu(robot, "menu-case").isVisible()).isFalse();
        assertThat(menu(robot, "menu-tools").isVisible()).isTrue();
        assertThat(menu(robot, "menu-help").isVisible()).isTrue();
    }

    @Test
    void aViewOpensOnceAndIsSelectedAgainWhenAskedTwice(FxRobot robot) {
        robot.clickOn("工具(_T)").clickOn("期限表");
        robot.clickOn("工具(_T)").clickOn("期限表");

        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        assertThat(views.getTabs()).hasSize(1);
        assertThat(views.getSelectionModel().getSelectedItem().getText()).isEqualTo("期限表");
        assertThat(viewsBuilt.get()).isEqualTo(1);
        assertThat(robot.lookup("agenda view").tryQuery()).isPresent();
    }

    @Test
    void exitRunsTheAppsExit(FxRobot robot) {
        robot.clickOn("文件(_F)").clickOn("退出(_X)");

        assertThat(exits.get()).isEqualTo(1);
        assertThat(toolRuns.get()).isZero();
    }

    @Test
    void aboutShowsVersionDataFolderRuleBookAndTheNotLegalAdviceNote(FxRobot robot) {
        robot.clickOn("帮助(_H)").clickOn("关于(_A)");

        assertThat(robot.lookup("版本：9.9.9").tryQuery()).isPresent();
        assertThat(robot.lookup("数据文件夹：" + Path.of("/tmp/rd-data")).tryQuery()).isPresent();
        assertThat(robot.lookup("规则库版本：尚未加载").tryQuery()).isPresent();
        assertThat(robot.lookup("#aboutNotAdvice").queryAs(Label.class).getText()).contains("不构成法律意见");
        robot.clickOn("确定");
    }

    @Test
    void withoutALanguageSwitchEnglishIsSavedForTheNextStartAndSaidSoInEnglish(FxRobot robot) {
        robot.clickOn("文件(_F)").clickOn("设置(_S)…");
        robot.clickOn("#settingsLanguage").clickOn("English");
        robot.clickOn("保存");

        assertThat(preferences.language()).isEqualTo("en");
        assertThat(dialogs.shown("info")).singleElement()
                .satisfies(info -> assertThat(info.message()).contains("takes effect at the next start"));
        assertThat(robot.lookup("文件(_F)").tryQuery()).isPresent();
    }

    @Test
    void menusHaveMnemonics(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText)
                .containsExactly("文件(_F)", "案件(_C)", "视图(_V)", "工具(_T)", "帮助(_H)");
        assertThat(bar.getMenus()).allSatisfy(m -> assertThat(m.isMnemonicParsing()).isTrue());
    }

    @Test
    void aMnemonicIsUnderlinedInEnglishAndBracketedInChinese() {
        assertThat(MainWindow.withMnemonic("Exit", 'X')).isEqualTo("E_xit");
        assertThat(MainWindow.withMnemonic("Settings…", 'S')).isEqualTo("_Settings…");
        assertThat(MainWindow.withMnemonic("导入案件文件…", 'I')).isEqualTo("导入案件文件(_I)…");
        assertThat(MainWindow.withMnemonic("退出", 'X')).isEqualTo("退出(_X)");
        assertThat(MainWindow.withMnemonic("文件(_F)", 'X')).isEqualTo("文件(_F)");
    }

    @Test
    void cancellingSettingsKeepsThePreferences(FxRobot robot) {
        robot.clickOn("文件(_F)").clickOn("设置(_S)…");
        robot.clickOn("#settingsLanguage").clickOn("English");
        robot.clickOn("取消");

        assertThat(preferences.language()).isEqualTo("zh");
        assertThat(dialogs.shown()).isEmpty();
    }

    private static Menu menu(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> id.equals(m.getId())).findFirst().orElseThrow();
    }
}

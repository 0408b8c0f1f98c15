package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.LayoutCheck;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's layout acceptance: the demo app at a laptop's 1366x768 and a small 1024x700 screen, in Chinese
 * and English, walked through every main view and dialog; any ellipsized label, button or primary case-column
 * cell, any hint cut by its field, and any window larger than the screen is reported (all of them at once).
 */
@ExtendWith(ApplicationExtension.class)
class LayoutAcceptanceTest {
    private Stage stage;
    private AppStartup startup;
    private final FxRobot robot = new FxRobot();
    private final List<Path> files = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();
    private final List<String> unnamed = new ArrayList<>();
    private double width;
    private double height;
    private Messages messages;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws IOException {
        closeDialogs();
        if (startup != null) {
            Path demo = startup.mainWindow() == null ? null : startup.mainWindow().services().dataDir();
            robot.interact(startup::stop);
            if (demo != null) {
                deleteTree(demo);
            }
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1366,768,zh", "1024,700,zh", "1366,768,en", "1024,700,en"})
    void noTextIsCutAndNoWindowIsLargerThanTheScreen(int w, int h, String lang) throws Exception {
        width = w;
        height = h;
        messages = Messages.forTag(lang);
        Path csv = Files.createTempFile("layout-mapping", ".csv");
        files.add(csv);
        Files.writeString(csv, "名字,钱,日子\n话费没到账,30,2026-11-01\n");
        startup = new AppStartup(new LaunchOptions(null, true, lang, List.of()),
                UiPreferences.load(new InMemoryPreferences()), Clock.systemUTC(), () -> { });
        startup.wrapDialogs(real -> new AnsweringFiles(real, csv));
        robot.interact(() -> startup.start(stage));
        // a generous wait for the demo folder on a busy machine (a wait, not a timed assertion)
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> startup.mainWindow() != null
                && robot.lookup("#caseTable").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(w);
        assertThat(stage.getScene().getHeight()).isEqualTo(h);
        MainWindow main = startup.mainWindow();

        check("Home");
        menusReachableByKeys(main);
        showTab(main, "casesTab");
        check("case list");
        RefundCase first = robot.lookup("#caseTable").queryAs(TableView.class).getItems().isEmpty() ? null
                : main.services().cases().list().get(0);
        robot.interact(() -> main.openCase(first, null));
        walkTabs("workspace", "#workspaceSections");
        fire(main, "timeline.menu.agenda");
        check("agenda");
        fire(main, "caseload.ui.menu");
        walkTabs("dashboard", "#dashboardTabs");
        fire(main, "help.menu");
        check("help guide");

        robot.interact(() -> main.openCase(first, null));
        tabbedDialog("settings", () -> fire(main, "ui.menu.settings"), "#settingsTabs");
        dialog("about", () -> fire(main, "ui.menu.about"));
        dialog("new case", () -> fire(main, "cases.action.new"));
        dialog("case editor", () -> fire(main, "cases.action.edit"));
        wizard("eligibility wizard", () -> fire(main, "wizard.menu.rerun"));
        wizard("new-case wizard", () -> fire(main, "wizard.menu.new"));
        wizard("escalation wizard", () -> fire(main, "escalation.menu"));
        dialog("import mapping", () -> fire(main, "caseload.ui.importXlsx"));
        dialog("delete confirmation", () -> fire(main, "cases.action.delete"));
        dialog("erase confirmation", () -> fire(main, "privacy.erase.menu"));
        Path backup = Files.createTempFile("layout-backup", ".zip");
        files.add(backup);
        Files.delete(backup);
        AnsweringFiles.next = backup;
        fire(main, "cases.transfer.backup");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(backup) && Files.size(backup) > 0);
        closeDialogs();
        AnsweringFiles.next = backup;
        dialog("restore preview", () -> fire(main, "cases.transfer.restore"));
        // a case file opened from the desktop: its import preview
        Path caseFile = Files.createTempFile("layout-case", ".refundcase.json");
        files.add(caseFile);
        Files.delete(caseFile);
        AnsweringFiles.next = caseFile;
        robot.interact(() -> robot.lookup("#caseTable").queryAs(TableView.class).getSelectionModel().select(0));
        fire(main, "cases.transfer.export");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(caseFile) && Files.size(caseFile) > 0);
        closeDialogs();
        dialog("import preview", () -> Platform.runLater(() -> startup.openHandedOver(caseFile)));

        assertThat(findings).as("cut-off texts and oversized windows at %dx%d (%s)", w, h, lang).isEmpty();
        // every control the keyboard reaches has a name a screen reader can say
        assertThat(unnamed).as("controls a screen reader cannot name (%s)", lang).isEmpty();

    }

    /**
     * A folder of one's own (not the demo, which hides it): 设置 has the encryption row; every settings tab, the
     * team server's included, fits the screen with no text cut, and Home's welcome too.
     */
    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1366,768,zh", "1024,700,zh", "1366,768,en", "1024,700,en"})
    void settingsWithTheEncryptionRowFitInEveryTab(int w, int h, String lang) throws Exception {
        width = w;
        height = h;
        messages = Messages.forTag(lang);
        Path folder = Files.createTempDirectory("layout-own-folder");
        startup = new AppStartup(new LaunchOptions(folder.toString(), false, lang, List.of()),
                UiPreferences.load(new InMemoryPreferences()), Clock.systemUTC(), () -> { });
        robot.interact(() -> startup.start(stage));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> startup.mainWindow() != null
                && robot.lookup("#homeWelcome").tryQuery().isPresent());
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow main = startup.mainWindow();
        check("Home welcome");

        Window settings = opened(() -> fire(main, "ui.menu.settings"));
        String row = messages.get("encryption.settings.label");
        assertThat(settings.getScene().getRoot().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && row.equals(l.getText())))
                .as("the encryption row in 设置").isTrue();
        walkDialogTabs("settings", settings, "#settingsTabs");
        closeDialogs();

        assertThat(findings).as("cut-off texts and oversized windows at %dx%d (%s)", w, h, lang).isEmpty();
        assertThat(unnamed).as("controls a screen reader cannot name (%s)", lang).isEmpty();
    }

    private void check(String where) {
        // a first layout pass settles column widths; rows measure themselves again a pulse later
        robot.interact(() -> Window.getWindows().forEach(w -> {
            if (w.getScene() != null) {
                w.getScene().getRoot().applyCss();
                w.getScene().getRoot().layout();
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window.isShowing() && window.getScene() != null) {
                    window.getScene().getRoot().applyCss();
                    window.getScene().getRoot().layout();
                    String place = where + (window == stage ? "" : " (" + title(window) + ")");
                    findings.addAll(LayoutCheck.outsideScreen(place, window, width, height));
                    findings.addAll(LayoutCheck.cutTexts(place, window.getScene().getRoot()));
                    unnamed.addAll(LayoutCheck.unnamedControls(place, window.getScene().getRoot()));
                    // one date format everywhere (2026-11-26), in English too (not 11/26/2026)
                    window.getScene().getRoot().lookupAll(".date-picker").forEach(node -> {
                        String shown = ((javafx.scene.control.DatePicker) node).getEditor().getText();
                        if (!shown.isEmpty() && !shown.matches("\\d{4}-\\d{2}-\\d{2}")) {
                            findings.add(place + ": date written as " + shown);
                        }
                    });
                }
            }
        });
    }

    /** Every menu item has a mnemonic (Alt+menu letter, then its letter), none used twice in one menu. */
    private void menusReachableByKeys(MainWindow main) {
        MenuBar bar = (MenuBar) main.root().getTop();
        for (Menu menu : bar.getMenus()) {
            Set<Character> letters = new java.util.HashSet<>();
            for (MenuItem item : menu.getItems()) {
                if (item instanceof javafx.scene.control.SeparatorMenuItem || item.getText() == null) {
                    continue;
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("_(.)").matcher(item.getText());
                if (!item.isMnemonicParsing() || !m.find()) {
                    findings.add(menu.getText() + " › " + item.getText() + ": no mnemonic");
                } else if (!letters.add(Character.toUpperCase(m.group(1).charAt(0)))) {
                    findings.add(menu.getText() + " › " + item.getText() + ": mnemonic used twice in the menu");
                }
            }
        }
    }

    private void showTab(MainWindow main, String id) {
        robot.interact(() -> main.view(id).ifPresent(tab -> tab.getTabPane().getSelectionModel().select(tab)));
    }

    /** Checks every tab of the tab pane in front (workspace sections, dashboard parts). */
    private void walkTabs(String where, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        Optional<TabPane> tabs = robot.lookup(query).tryQuery().map(TabPane.class::cast);
        if (tabs.isEmpty()) {
            check(where);
            return;
        }
        for (Tab tab : List.copyOf(tabs.get().getTabs())) {
            robot.interact(() -> tabs.get().getSelectionModel().select(tab));
            check(where + " › " + tab.getText());
        }
    }

    /** Fires the menu item with this bundle text (later on the FX thread: it may open a modal dialog). */
    private void fire(MainWindow main, String key) {
        String text = messages.get(key);
        MenuBar bar = (MenuBar) main.root().getTop();
        MenuItem item = bar.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> text.equals(i.getText()) || text.equals(stripMnemonic(i.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
        assertThat(item.isDisable()).as("%s enabled", text).isFalse();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String stripMnemonic(String text) {
        return text == null ? null : text.replaceFirst("\\(_.\\)", "").replaceFirst("_(?=.)", "");
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu sub) {
                all.addAll(items(sub));
            }
        }
        return all;
    }

    private Set<Window> dialogs() {
        Set<Window> open = new LinkedHashSet<>();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage && window.isShowing() && window.getScene() != null
                    && window.getScene().getRoot() instanceof DialogPane) {
                open.add(window);
            }
        }
        return open;
    }

    private Window opened(Runnable action) throws Exception {
        Set<Window> before = dialogs();
        action.run();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs().stream().anyMatch(w -> !before.contains(w)));
        WaitForAsyncUtils.waitForFxEvents();
        return dialogs().stream().filter(w -> !before.contains(w)).findFirst().orElseThrow();
    }

    /** A dialog whose content is a tab pane: every tab is checked. */
    private void tabbedDialog(String where, Runnable open, String tabsQuery) throws Exception {
        walkDialogTabs(where, opened(open), tabsQuery);
        closeDialogs();
    }

    private void walkDialogTabs(String where, Window window, String tabsQuery) {
        javafx.scene.Node found = window.getScene().getRoot().lookup(tabsQuery);
        if (!(found instanceof TabPane tabs)) {
            check(where);
            return;
        }
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            check(where + " › " + tab.getText());
        }
    }

    private void dialog(String where, Runnable open) throws Exception {
        opened(open);
        check(where);
        closeDialogs();
    }

    /** Checks each page of a wizard the demo data lets it reach (Next while the page changes). */
    private void wizard(String where, Runnable open) throws Exception {
        Window window = opened(open);
        DialogPane pane = (DialogPane) window.getScene().getRoot();
        for (int page = 1; page <= 8; page++) {
            check(where + " page " + page);
            Optional<Button> next = buttonOf(pane, ButtonBar.ButtonData.NEXT_FORWARD);
            if (next.isEmpty() || next.get().isDisable() || !next.get().isVisible()) {
                break;
            }
            Node before = pane.getContent();
            String header = pane.getHeaderText();
            robot.interact(next.get()::fire);
            if (pane.getContent() == before && java.util.Objects.equals(header, pane.getHeaderText())) {
                break;
            }
        }
        closeDialogs();
    }

    private static Optional<Button> buttonOf(DialogPane pane, ButtonBar.ButtonData data) {
        return pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data)
                .map(pane::lookupButton).filter(Button.class::isInstance).map(Button.class::cast).findFirst();
    }

    /** Cancels (or closes) every open dialog, the newest first. */
    private void closeDialogs() {
        for (int round = 0; round < 5 && !dialogs().isEmpty(); round++) {
            List<Window> open = new ArrayList<>(dialogs());
            Window last = open.get(open.size() - 1);
            DialogPane pane = (DialogPane) last.getScene().getRoot();
            Optional<Button> cancel = pane.getButtonTypes().stream()
                    .map(pane::lookupButton).filter(Button.class::isInstance).map(Button.class::cast)
                    .filter(Button::isCancelButton).findFirst();
            Platform.runLater(() -> cancel.ifPresentOrElse(Button::fire, last::hide));
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static String title(Window window) {
        return window instanceof Stage s ? s.getTitle() : window.getClass().getSimpleName();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

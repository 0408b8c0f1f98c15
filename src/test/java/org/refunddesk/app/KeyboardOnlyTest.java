package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo app driven by the keyboard alone (list, Enter, a case command's accelerator, a wizard opened and
 * cancelled with keys), and by double-clicks: a case has one tab however often it is opened.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {
    private Stage stage;
    private AppStartup startup;
    private final List<Path> files = new java.util.ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) throws IOException {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
        if (startup != null) {
            Path demo = startup.mainWindow().services().dataDir();
            robot.interact(startup::stop);
            try (Stream<Path> paths = Files.walk(demo)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private TableView<?> launch(FxRobot robot) throws Exception {
        startup = new AppStartup(new LaunchOptions(null, true, "en", List.of()), UiPreferences.load(new InMemoryPreferences()),
                Clock.systemUTC(), () -> { });
        // file choosers (which a headless screen cannot show) answer with a file: the import mapping reads this one
        Path csv = temp("keyboard-mapping", ".csv");
        Files.writeString(csv, "名字,钱,日子\n话费没到账,30,2026-11-01\n");
        startup.wrapDialogs(real -> new AnsweringFiles(real, csv));
        robot.interact(() -> startup.start(stage));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> startup.mainWindow() != null
                && robot.lookup("#caseTable").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        robot.interact(stage::requestFocus);
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    @Test
    void fromHomeACaseOpensACommandRunsAndAWizardIsCancelledWithKeysAlone(FxRobot robot) throws Exception {
        TableView<?> table = launch(robot);
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo("home");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(views.getSelectionModel().getSelectedItem().getId()).isEqualTo("casesTab");
        assertThat(table.isFocused()).isTrue();
        robot.type(KeyCode.DOWN);
        Object chosen = table.getSelectionModel().getSelectedItem();
        assertThat(chosen).isNotNull();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Tab front = views.getSelectionModel().getSelectedItem();
        RefundCase opened = startup.mainWindow().selectedCaseProperty().get();
        assertThat(front.getId()).isEqualTo("case-" + opened.id());

        // F2: Case → Edit on the case in front; Escape cancels
        robot.type(KeyCode.F2);
        DialogPane editor = waitForDialog(robot);
        assertThat(((Stage) editor.getScene().getWindow()).getTitle()).isNotBlank();
        robot.type(KeyCode.ESCAPE);
        waitForNoDialog();

        // Ctrl+Shift+N: the eligibility wizard; Escape cancels it
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitForDialog(robot);
        robot.type(KeyCode.ESCAPE);
        waitForNoDialog();
        assertThat(views.getSelectionModel().getSelectedItem()).isSameAs(front);
    }

    @Test
    void doubleClickingARowTwiceOpensOneWorkspaceTab(FxRobot robot) throws Exception {
        TableView<?> table = launch(robot);
        robot.interact(() -> startup.mainWindow().view("casesTab").ifPresent(t -> t.getTabPane().getSelectionModel().select(t)));
        TabPane views = robot.lookup("#views").queryAs(TabPane.class);
        int before = views.getTabs().size();
        // the list just shown measures its wrapping rows again (every column wraps): let that settle first
        WaitForAsyncUtils.waitForFxEvents(5);

        TableRow<?> row = robot.lookup("#caseTable .table-row-cell").nth(1).queryAs(TableRow.class);
        Object item = row.getItem();
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> views.getSelectionModel().getSelectedItem().getId().startsWith("case-"));
        Tab first = views.getSelectionModel().getSelectedItem();
        robot.interact(() -> startup.mainWindow().view("casesTab").ifPresent(t -> t.getTabPane().getSelectionModel().select(t)));
        // back on the list the wrapping rows are measured again: let that layout settle before aiming at a row
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.interact(() -> table.scrollTo(table.getItems().indexOf(item)));
        WaitForAsyncUtils.waitForFxEvents(3);
        TableRow<?> again = robot.lookup("#caseTable .table-row-cell").match(r -> ((TableRow<?>) r).getItem() == item)
                .queryAs(TableRow.class);
        robot.doubleClickOn(again);
        // the workspace tab comes to the front once the case is loaded off the FX thread
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> views.getSelectionModel().getSelectedItem() == first);

        assertThat(first.getId()).startsWith("case-");
        assertThat(views.getTabs()).hasSize(before + 1);
        assertThat(views.getSelectionModel().getSelectedItem()).isSameAs(first);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(item);
    }

    /**
     * Each dialog, opened by its shortcut where it has one (else its menu item): Tab walks its controls in reading
     * order (top to bottom, left to right in a row) and comes back round, a default button answers Enter (the
     * primary action; in a confirmation the safe answer, so Enter never deletes), and Escape cancels.
     */
    @Test
    void everyDialogTabsInReadingOrderAnswersEnterAndEscapeCancels(FxRobot robot) throws Exception {
        TableView<?> table = launch(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> startup.mainWindow().selectedCaseProperty().get() != null);
        org.refunddesk.rules.i18n.Messages en = org.refunddesk.rules.i18n.Messages.forTag("en");
        java.util.List<String> problems = new java.util.ArrayList<>();
        java.util.Map<String, Runnable> dialogs = new java.util.LinkedHashMap<>();
        dialogs.put("settings", () -> robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL));
        dialogs.put("new case", () -> robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL));
        dialogs.put("new-case wizard", () -> robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N)
                .release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL));
        dialogs.put("case editor", () -> robot.type(KeyCode.F2));
        dialogs.put("eligibility wizard", () -> fireMenu(en.get("wizard.menu.rerun")));
        dialogs.put("escalation wizard", () -> fireMenu(en.get("escalation.menu")));
        dialogs.put("delete confirmation", () -> fireMenu(en.get("cases.action.delete")));
        dialogs.put("erase confirmation", () -> fireMenu(en.get("privacy.erase.menu")));
        dialogs.put("about", () -> fireMenu(en.get("ui.menu.about")));
        dialogs.put("import mapping", () -> fireMenu(en.get("caseload.ui.importXlsx")));
        Path backup = written(robot, "keyboard-backup", ".zip", en.get("cases.transfer.backup"));
        dialogs.put("restore preview", () -> {
            AnsweringFiles.next = backup;
            fireMenu(en.get("cases.transfer.restore"));
        });
        Path caseFile = written(robot, "keyboard-case", ".refundcase.json", en.get("cases.transfer.export"));
        dialogs.put("import preview", () -> javafx.application.Platform.runLater(() -> startup.openHandedOver(caseFile)));
        for (var d : dialogs.entrySet()) {
            robot.interact(stage::requestFocus);
            d.getValue().run();
            DialogPane pane = waitForDialog(robot);
            problems.addAll(focusOrder(robot, d.getKey(), pane));
            boolean hasDefault = pane.getButtonTypes().stream().map(pane::lookupButton)
                    .anyMatch(b -> b instanceof javafx.scene.control.Button button && button.isDefaultButton());
            if (!hasDefault) {
                problems.add(d.getKey() + ": no default button for Enter");
            }
            robot.type(KeyCode.ESCAPE);
            waitForNoDialog();
        }
        assertThat(problems).as("keyboard walk of the dialogs").isEmpty();
        assertThat(table.getItems()).isNotEmpty(); // Escape on the confirmations deleted nothing
    }

    /**
     * Mnemonics: Alt with the menu's underlined letter, pressed as a user does, opens the menu (headless Monocle
     * delivers that); the item's letter then fires the item and its dialog opens. Headless Monocle does not deliver
     * the second key to the open menu (see {@code org.refunddesk.ui.main.HeadlessMenuMnemonicTest}), so the item's
     * mnemonic is taken from the open menu's own scene, where JavaFX registered it for that letter, and fired as the
     * key would. Help › About and File › Settings.
     */
    @Test
    void altWithTheMenusLetterOpensItAndTheItemsMnemonicOpensItsDialog(FxRobot robot) throws Exception {
        launch(robot);
        org.refunddesk.rules.i18n.Messages en = org.refunddesk.rules.i18n.Messages.forTag("en");
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) startup.mainWindow().root().getTop();
        for (String[] pick : new String[][] {{"menu-help", "ui.menu.about"}, {"menu-file", "ui.menu.settings"}}) {
            javafx.scene.control.Menu menu = bar.getMenus().stream().filter(m -> pick[0].equals(m.getId())).findFirst()
                    .orElseThrow();
            javafx.scene.control.MenuItem item = menu.getItems().stream().filter(i -> i.getText() != null
                    && en.get(pick[1]).equals(stripMnemonic(i.getText()))).findFirst().orElseThrow();
            KeyCode menuKey = mnemonicKey(menu.getText());
            KeyCode itemKey = mnemonicKey(item.getText());
            boolean[] fired = {false};
            item.addEventHandler(javafx.event.ActionEvent.ACTION, e -> fired[0] = true);
            robot.interact(stage::requestFocus);

            robot.press(KeyCode.ALT).press(menuKey).release(menuKey).release(KeyCode.ALT);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, menu::isShowing);
            WaitForAsyncUtils.waitForFxEvents();

            // the open menu's scene maps Alt+<the item's letter> to the item's row (fired, it must fire this item)
            javafx.scene.Scene open = List.copyOf(Window.getWindows()).stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst()
                    .orElseThrow().getScene();
            javafx.scene.input.KeyEvent altLetter = altAnd(itemKey);
            javafx.scene.input.Mnemonic mnemonic = open.getMnemonics().entrySet().stream()
                    .filter(e -> e.getKey().match(altLetter)).flatMap(e -> e.getValue().stream()).findFirst()
                    .orElseThrow(() -> new AssertionError("no mnemonic Alt+" + itemKey + " for " + item.getText()
                            + " in the open menu: " + open.getMnemonics()));
            javafx.application.Platform.runLater(mnemonic::fire); // later: the item opens a modal dialog

            DialogPane pane = waitForDialog(robot);
            assertThat(fired[0]).as("%s fired by its mnemonic", item.getText()).isTrue();
            assertThat(menu.isShowing()).isFalse();
            assertThat(((Stage) pane.getScene().getWindow()).getTitle()).isNotBlank();
            robot.type(KeyCode.ESCAPE);
            waitForNoDialog();
        }
    }

    /** The key event Alt+{@code key} makes (what the scene's mnemonic handling matches its combinations against). */
    static javafx.scene.input.KeyEvent altAnd(KeyCode key) {
        String ch = key.getChar().toLowerCase(java.util.Locale.ROOT);
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, ch, ch, key, false, false, true, false);
    }

    private static String stripMnemonic(String text) {
        return text.replaceFirst("\\(_.\\)", "").replaceFirst("_(?=.)", "");
    }

    /** The key of the letter after "_" in a menu text ("_Help", "关于(_A)"). */
    private static KeyCode mnemonicKey(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("_(.)").matcher(text);
        assertThat(m.find()).as("mnemonic in %s", text).isTrue();
        return KeyCode.getKeyCode(m.group(1).toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The evidence wizard is a section of the case workspace, not a dialog (Enter and Escape belong to the window
     * there): on each of its pages Tab walks every control in reading order with the focus shown, and Space on the
     * focused Next turns the page.
     */
    @Test
    void theEvidenceWizardWalksEachPageInReadingOrderAndTurnsPagesFromTheKeyboard(FxRobot robot) throws Exception {
        launch(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> startup.mainWindow().selectedCaseProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#evidenceWizard").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent() && robot.lookup("#wizardNext").tryQuery().isPresent());
        javafx.scene.Parent wizard = robot.lookup("#evidenceWizard").queryAs(javafx.scene.Parent.class);
        javafx.scene.control.Label step = robot.from(wizard).lookup("#wizardStep").queryAs(javafx.scene.control.Label.class);
        java.util.List<String> problems = new java.util.ArrayList<>();
        java.util.Set<String> pages = new java.util.LinkedHashSet<>();
        for (int page = 0; page < 5 && pages.add(step.getText()); page++) {
            WaitForAsyncUtils.waitForFxEvents();
            problems.addAll(sectionOrder(robot, "evidence wizard, " + step.getText(), wizard));
            javafx.scene.control.Button next = robot.from(wizard).lookup("#wizardNext").queryButton();
            if (next.isDisabled()) {
                break;
            }
            String before = step.getText();
            // the walk above showed that Tab reaches Next; with the focus there, Space presses it
            robot.interact(next::requestFocus);
            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(step.getText()).as("Space on Next turns the page").isNotEqualTo(before);
        }
        assertThat(pages).as("the wizard's pages").hasSizeGreaterThanOrEqualTo(3);
        assertThat(problems).as("keyboard walk of the evidence wizard").isEmpty();
    }

    /**
     * Walks a part of the window: from its first control in reading order Tab goes on in reading order, with the
     * focus shown, until it leaves the part; every control of the part that the keyboard should reach was reached.
     */
    private static List<String> sectionOrder(FxRobot robot, String where, javafx.scene.Parent area) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        List<javafx.scene.control.Control> expected = reachable(area);
        if (expected.isEmpty()) {
            return List.of(where + ": no control to reach");
        }
        javafx.scene.control.Control first = expected.stream().reduce((a, b) -> before(b, a) ? b : a).orElseThrow();
        robot.interact(first::requestFocus);
        java.util.Set<javafx.scene.Node> visited = new java.util.HashSet<>(List.of(first));
        javafx.scene.Node previous = first;
        for (int step = 0; step < 80; step++) {
            robot.type(KeyCode.TAB);
            javafx.scene.Node now = area.getScene().getFocusOwner();
            if (now == null || !inside(area, now)) {
                break;
            }
            if (now == previous || !visited.add(now)) {
                problems.add(where + ": Tab is stuck on " + describe(now));
                break;
            }
            if (before(now, previous)) {
                problems.add(where + ": Tab goes back from " + describe(previous) + " to " + describe(now));
            }
            if (!now.isFocusVisible()) {
                problems.add(where + ": the focus on " + describe(now) + " is not shown");
            }
            previous = now;
        }
        for (javafx.scene.control.Control control : expected) {
            if (!visited.contains(control)) {
                problems.add(where + ": Tab never reaches " + describe(control));
            }
        }
        return problems;
    }

    /** The controls under {@code area} a user should reach with Tab: shown, enabled, focus-traversable. */
    private static List<javafx.scene.control.Control> reachable(javafx.scene.Parent area) {
        List<javafx.scene.control.Control> found = new java.util.ArrayList<>();
        collectReachable(area, found);
        return found;
    }

    private static void collectReachable(javafx.scene.Node node, List<javafx.scene.control.Control> found) {
        if (!node.isVisible() || node.isDisabled() || node instanceof javafx.scene.control.Cell<?>
                || node instanceof javafx.scene.control.ScrollBar) {
            return;
        }
        if (node instanceof javafx.scene.control.Control control && control.isFocusTraversable()) {
            found.add(control);
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                collectReachable(child, found);
            }
        }
    }

    private static boolean inside(javafx.scene.Parent area, javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }

    /** Writes a file through a File menu item that asks where to save it (backup, case export), and waits for it. */
    private Path written(FxRobot robot, String prefix, String suffix, String menuText) throws Exception {
        Path file = temp(prefix, suffix);
        Files.delete(file);
        AnsweringFiles.next = file;
        robot.interact(stage::requestFocus);
        fireMenu(menuText);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(file) && Files.size(file) > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    private Path temp(String prefix, String suffix) throws IOException {
        Path file = Files.createTempFile(prefix, suffix);
        files.add(file);
        return file;
    }

    /** The menu item with this text (its mnemonic aside), fired later on the FX thread: it opens a modal dialog. */
    private void fireMenu(String text) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) startup.mainWindow().root().getTop();
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> i.getText() != null && text.equals(i.getText().replaceFirst("\\(_.\\)", "").replaceFirst("_(?=.)", "")))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
        javafx.application.Platform.runLater(item::fire);
    }

    private static List<javafx.scene.control.MenuItem> items(javafx.scene.control.Menu menu) {
        List<javafx.scene.control.MenuItem> all = new java.util.ArrayList<>();
        for (javafx.scene.control.MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof javafx.scene.control.Menu sub) {
                all.addAll(items(sub));
            }
        }
        return all;
    }

    /**
     * Tabs through the dialog from where it put the focus; each step must go on in reading order, with the focus
     * shown, until it is back; every control of the dialog the keyboard should reach was reached on the way.
     */
    private static List<String> focusOrder(FxRobot robot, String where, DialogPane pane) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        javafx.scene.Node first = pane.getScene().getFocusOwner();
        if (first == null) {
            return List.of(where + ": nothing has the focus when it opens");
        }
        javafx.scene.Node previous = first;
        java.util.Set<javafx.scene.Node> visited = new java.util.HashSet<>(List.of(first));
        int wraps = 0;
        for (int step = 0; step < 60; step++) {
            robot.type(KeyCode.TAB);
            javafx.scene.Node now = pane.getScene().getFocusOwner();
            if (now != null && now != first && !now.isFocusVisible()) {
                problems.add(where + ": the focus on " + describe(now) + " is not shown");
            }
            if (now == first) {
                // round trip (a dialog with one button keeps the focus on it): was every control on the way?
                for (javafx.scene.control.Control control : reachable(pane)) {
                    if (!visited.contains(control)) {
                        problems.add(where + ": Tab never reaches " + describe(control));
                    }
                }
                return problems;
            }
            if (now != null) {
                visited.add(now);
            }
            if (now == null || now == previous) {
                problems.add(where + ": Tab is stuck on " + describe(previous));
                break;
            }
            if (before(now, previous)) {
                // one jump back to the top is the round trip (from the last button to the first field)
                if (++wraps > 1) {
                    problems.add(where + ": Tab goes back from " + describe(previous) + " to " + describe(now));
                }
            }
            previous = now;
        }
        if (problems.isEmpty()) {
            problems.add(where + ": Tab never came back to " + describe(first));
        }
        return problems;
    }

    /** {@code a} comes before {@code b} in reading order: higher up, or in the same row and further left. */
    private static boolean before(javafx.scene.Node a, javafx.scene.Node b) {
        javafx.geometry.Bounds ab = a.localToScene(a.getLayoutBounds());
        javafx.geometry.Bounds bb = b.localToScene(b.getLayoutBounds());
        boolean sameRow = ab.getMinY() < bb.getMaxY() - 4 && bb.getMinY() < ab.getMaxY() - 4;
        return sameRow ? ab.getMinX() < bb.getMinX() - 1 : ab.getMinY() < bb.getMinY();
    }

    private static String describe(javafx.scene.Node node) {
        String name = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        if (node instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null) {
            name += " \"" + labeled.getText() + "\"";
        } else if (node instanceof javafx.scene.control.Control control && control.getAccessibleText() != null) {
            name += " (" + control.getAccessibleText() + ")";
        }
        return name;
    }

    private static DialogPane waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return dialog().orElseThrow();
    }

    private static void waitForNoDialog() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.util.Optional<DialogPane> dialog() {
        return List.copyOf(Window.getWindows()).stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst();
    }
}

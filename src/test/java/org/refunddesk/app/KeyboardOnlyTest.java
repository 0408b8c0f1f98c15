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

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) throws IOException {
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

    /** The menu item with this text (its mnemonic aside), fired later on the FX thread: it opens a modal dialog. */
    private void fireMenu(String text) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) startup.mainWindow().root().getTop();
        javafx.scene.control.MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && text.equals(i.getText().replaceFirst("\\(_.\\)", "").replaceFirst("_(?=.)", "")))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
        javafx.application.Platform.runLater(item::fire);
    }

    /** Tabs through the dialog from where it put the focus; each step must go on in reading order until it is back. */
    private static List<String> focusOrder(FxRobot robot, String where, DialogPane pane) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        javafx.scene.Node first = pane.getScene().getFocusOwner();
        if (first == null) {
            return List.of(where + ": nothing has the focus when it opens");
        }
        javafx.scene.Node previous = first;
        int wraps = 0;
        for (int step = 0; step < 60; step++) {
            robot.type(KeyCode.TAB);
            javafx.scene.Node now = pane.getScene().getFocusOwner();
            if (now == first) {
                return problems; // round trip (a dialog with one button keeps the focus on it)
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

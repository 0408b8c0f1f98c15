package org.refunddesk.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * What a user would see cut off: a {@link Labeled} whose skin shows its text ellipsized (the skin's
 * {@code LabeledText} differs from {@link Labeled#getText()} and carries the ellipsis), a prompt text wider
 * than its field, a window outside the screen. Table cells count only in the primary case columns; other
 * cells (lists, combo boxes) are not checked.
 */
public final class LayoutCheck {
    /**
     * The table columns whose cells must show their whole text: every column of the case list; on the dashboard
     * title, assignee, status, verdict, next deadline and amount (its platform and evidence score may be cut:
     * the case list and the workspace show them whole).
     */
    public static final Set<String> PRIMARY_COLUMNS = Set.of("column-title", "column-amount", "column-verdict",
            "column-status", "column-nextDeadline", "column-platform", "column-product", "column-assignee",
            "column-created", "caseload-column-title", "caseload-column-assignee", "caseload-column-status",
            "caseload-column-verdict", "caseload-column-nextDeadline", "caseload-column-amount");

    private LayoutCheck() {
    }

    /** One finding per cut-off text under {@code root}, naming the place ({@code where}) and the text. */
    public static List<String> cutTexts(String where, Parent root) {
        List<String> found = new ArrayList<>();
        walk(where, root, found);
        return found;
    }

    /** A finding when the window is not wholly inside a screen of {@code width} x {@code height}. */
    public static List<String> outsideScreen(String where, Window window, double width, double height) {
        double x = window.getX();
        double y = window.getY();
        if (x < -0.5 || y < -0.5 || x + window.getWidth() > width + 0.5 || y + window.getHeight() > height + 0.5) {
            return List.of(where + ": window " + (int) window.getWidth() + "x" + (int) window.getHeight() + " at "
                    + (int) x + "," + (int) y + " does not fit a " + (int) width + "x" + (int) height + " screen");
        }
        return List.of();
    }

    /**
     * One finding per control a keyboard reaches that a screen reader could not name: no accessible text, no
     * text of its own, and no Label pointing at it (labelFor).
     */
    public static List<String> unnamedControls(String where, Parent root) {
        Set<Node> labelled = new java.util.HashSet<>();
        List<javafx.scene.control.Control> controls = new ArrayList<>();
        collect(root, labelled, controls);
        List<String> found = new ArrayList<>();
        for (javafx.scene.control.Control control : controls) {
            boolean named = blank(control.getAccessibleText()) ? false : true;
            if (control instanceof Labeled labeled && !blank(labeled.getText())) {
                named = true;
            }
            if (!named && !labelled.contains(control)) {
                found.add(where + ": " + describe(control) + " has no accessible text or label");
            }
        }
        return found;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void collect(Node node, Set<Node> labelled, List<javafx.scene.control.Control> controls) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Label label && label.getLabelFor() != null) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof javafx.scene.control.Control control && control.isFocusTraversable() && !control.isDisabled()
                && !(control instanceof Cell<?>) && !(control instanceof javafx.scene.control.ScrollBar)
                && !(control instanceof javafx.scene.control.TabPane) && !(control instanceof javafx.scene.control.ScrollPane)
                && !(control instanceof javafx.scene.control.SplitPane)) {
            controls.add(control);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, labelled, controls);
            }
        }
    }

    private static void walk(String where, Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && checked(labeled)) {
            displayed(labeled).filter(shown -> cut(labeled, shown)).ifPresent(shown ->
                    found.add(where + ": " + describe(labeled) + " shows \"" + shown + "\" of \"" + labeled.getText() + "\""));
        }
        if (node instanceof Labeled labeled && checked(labeled) && labeled.getGraphic() instanceof Text drawn
                && drawn.getText() != null && !drawn.getText().isEmpty()
                && drawn.getBoundsInParent().getMaxY() > labeled.getHeight() + 0.5) {
            found.add(where + ": " + describe(labeled) + " is too low for its text \"" + drawn.getText() + "\"");
        }
        if (node instanceof javafx.scene.control.TableView<?> table && scrollsSideways(table)) {
            found.add(where + ": " + describe(table) + " is too narrow for its primary columns (scrolls sideways)");
        }
        if (node instanceof TextInputControl field && promptCut(field)) {
            found.add(where + ": " + describe(field) + " cuts its hint \"" + field.getPromptText() + "\"");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(where, child, found);
            }
        }
    }

    /** A table with primary columns that shows a horizontal scroll bar: some of its columns are out of sight. */
    private static boolean scrollsSideways(javafx.scene.control.TableView<?> table) {
        boolean primary = table.getVisibleLeafColumns().stream()
                .anyMatch(c -> c.getId() != null && PRIMARY_COLUMNS.contains(c.getId()));
        if (!primary) {
            return false;
        }
        boolean sideways = false;
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.isVisible()) {
                if (bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                    sideways = true;
                } else {
                    room -= bar.getWidth();
                }
            }
        }
        // columns wider than the room beside the vertical scroll bar: the last one hides under it, with no
        // horizontal scroll bar to reach it
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getWidth).sum();
        return sideways || columns > room + 1;
    }

    private static boolean checked(Labeled labeled) {
        if (labeled instanceof TableCell<?, ?> cell) {
            TableColumnBase<?, ?> column = cell.getTableColumn();
            return column != null && column.getId() != null && PRIMARY_COLUMNS.contains(column.getId());
        }
        return !(labeled instanceof Cell<?>);
    }

    /** The text the skin draws: the {@code LabeledText} child (a {@link Text} with style class "text"). */
    private static java.util.Optional<String> displayed(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isEmpty()) {
            return java.util.Optional.empty();
        }
        return labeled.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.getStyleClass().contains("text"))
                .map(n -> ((Text) n).getText())
                .findFirst();
    }

    private static boolean cut(Labeled labeled, String shown) {
        String full = labeled.getText();
        if (labeled.isMnemonicParsing()) {
            full = full.replaceFirst("_(?=.)", "");
        }
        String ellipsis = labeled.getEllipsisString();
        return !shown.equals(full) && !ellipsis.isEmpty() && shown.contains(ellipsis);
    }

    private static boolean promptCut(TextInputControl field) {
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isEmpty() || (field.getText() != null && !field.getText().isEmpty())
                || field.getWidth() <= 0) {
            return false;
        }
        Text probe = new Text(prompt);
        probe.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        return probe.getLayoutBounds().getWidth() > room + 0.5;
    }

    private static String describe(Node node) {
        String type = node.getClass().getSimpleName().isEmpty() ? node.getClass().getName() : node.getClass().getSimpleName();
        StringBuilder name = new StringBuilder(type);
        if (node.getId() != null) {
            name.append('#').append(node.getId());
        }
        if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null) {
            name.append(" in ").append(cell.getTableColumn().getId());
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b != null) {
            name.append(String.format(" [w=%.0f at %.0f,%.0f]", b.getWidth(), b.getMinX(), b.getMinY()));
        }
        return name.toString();
    }
}

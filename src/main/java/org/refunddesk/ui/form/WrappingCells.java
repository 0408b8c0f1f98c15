package org.refunddesk.ui.form;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Cells that show their whole text on a narrow screen: the text wraps onto more lines (the row grows) instead
 * of being cut with "…" or running off the right edge. A wrapping Labeled in a table or list is measured on one
 * line, so the text is drawn by a {@link Text} wrapped to the column's (list's) width; the cell's own text stays
 * set for tooltips, tests and screen readers.
 */
public final class WrappingCells {
    private static final String REMEASURE = "refunddesk.remeasure";
    /** Room the list's vertical scroll bar and the cell's padding take from a list line. */
    private static final double LIST_MARGIN = 30;

    private WrappingCells() {
    }

    /** A text column that keeps {@code minWidth} and wraps its cells. */
    public static <S> TableColumn<S, String> wrap(TableColumn<S, String> column, double minWidth) {
        column.setMinWidth(Math.max(column.getMinWidth(), minWidth));
        // the table keeps each row's measured height: a wider or narrower column must measure the rows again
        column.widthProperty().addListener((o, was, now) -> remeasure(column.getTableView()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Text shown = shown(textProperty(), this);

            {
                shown.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                        () -> Math.max(0, column.getWidth() - snappedLeftInset() - snappedRightInset() - 1),
                        column.widthProperty(), paddingProperty()));
                setGraphic(shown);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** A list of text lines, each wrapped to the list's width. */
    public static ListView<String> wrap(ListView<String> list) {
        list.setCellFactory(l -> new ListCell<>() {
            private final Text shown = shown(textProperty(), this);

            {
                shown.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                        () -> Math.max(0, list.getWidth() - LIST_MARGIN), list.widthProperty()));
                setGraphic(shown);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                setPrefWidth(0); // never wider than the list: no horizontal scrolling to read a line
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return list;
    }

    private static Text shown(ObservableValue<String> text, javafx.scene.control.Labeled cell) {
        Text shown = new Text();
        shown.getStyleClass().add("wrapped-cell-text");
        shown.textProperty().bind(text);
        shown.fillProperty().bind(cell.textFillProperty());
        shown.fontProperty().bind(cell.fontProperty());
        return shown;
    }

    /** Once per pulse, however many columns changed width together. */
    private static void remeasure(TableView<?> table) {
        if (table == null || table.getProperties().containsKey(REMEASURE)) {
            return;
        }
        table.getProperties().put(REMEASURE, Boolean.TRUE);
        Platform.runLater(() -> {
            table.getProperties().remove(REMEASURE);
            table.refresh();
        });
    }
}

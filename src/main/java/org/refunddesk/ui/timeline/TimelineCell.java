package org.refunddesk.ui.timeline;

import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One row of the vertical timeline: a dot on the line, the title and the details. The row's style class
 * says its kind and severity (overdue red, due within 24 h amber, done grey, voided struck through).
 */
final class TimelineCell extends ListCell<TimelineEntry> {
    private static final String[] STATE_CLASSES = {"tl-event", "tl-deadline", "tl-now", "tl-normal", "tl-soon",
            "tl-overdue", "tl-done", "tl-voided"};
    private final Label title = new Label();
    private final Label detail = new Label();
    private final HBox box;

    TimelineCell() {
        Region line = new Region();
        line.getStyleClass().add("tl-line");
        Region dot = new Region();
        dot.getStyleClass().add("tl-dot");
        StackPane rail = new StackPane(line, dot);
        rail.getStyleClass().add("tl-rail");
        StackPane.setAlignment(dot, Pos.CENTER);
        title.getStyleClass().add("tl-title");
        detail.getStyleClass().add("tl-detail");
        detail.setWrapText(true);
        VBox text = new VBox(2, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(10, rail, text);
        box.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("tl-cell");
    }

    @Override
    protected void updateItem(TimelineEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().removeAll(STATE_CLASSES);
        if (empty || entry == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        title.setText(entry.title());
        detail.setText(entry.detail());
        getStyleClass().add("tl-" + entry.kind().name().toLowerCase(Locale.ROOT));
        getStyleClass().add("tl-" + entry.severity().name().toLowerCase(Locale.ROOT));
        setText(null);
        setGraphic(box);
    }
}

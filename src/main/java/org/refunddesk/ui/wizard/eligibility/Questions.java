package org.refunddesk.ui.wizard.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.refunddesk.ui.form.ShownErrors;

/**
 * A wizard page's body: one question per line, the answer under it and the reason it is not accepted (from
 * the view model) right next to the field. Questions can be hidden when they don't apply.
 */
public class Questions extends VBox {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private final ShownErrors errors = new ShownErrors();

    public Questions() {
        super(10);
        getStyleClass().add("wizard-questions");
        setPrefWidth(620);
    }

    /** When this form's problems show (after a field was left, or once the user tried to go on). */
    public ShownErrors errors() {
        return errors;
    }

    /** Adds a question (null: the field says it all) with its answer field and error text; returns the row to hide it when it doesn't apply. */
    public VBox ask(String question, Node field, ObservableStringValue error) {
        VBox row = new VBox(3);
        if (question != null) {
            Label label = new Label(question);
            label.getStyleClass().add("form-label");
            label.setWrapText(true);
            org.refunddesk.ui.form.Accessible.label(label, field);
            row.getChildren().add(label);
        }
        row.getChildren().add(field);
        if (error != null) {
            row.getChildren().add(ShownErrors.messageLine(field, errors.of(field, error)));
        }
        getChildren().add(row);
        // Tab (or a click) into a question below the fold scrolls it into view
        row.focusWithinProperty().addListener((o, was, now) -> {
            if (now) {
                scrollIntoView(row);
            }
        });
        return row;
    }

    /** Scrolls the enclosing scroll pane (if any) just enough that {@code node} is in view. */
    public static void scrollIntoView(Node node) {
        Node p = node.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        if (!(p instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top) {
            scroll.setVvalue(b.getMinY() / (contentHeight - viewport));
        } else if (b.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() - viewport) / (contentHeight - viewport)));
        }
    }

    public void add(Node node) {
        getChildren().add(node);
    }

    public static void showOnlyWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    public static CheckBox yes(String id, String text, javafx.beans.property.BooleanProperty answer) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(answer);
        return box;
    }

    public static TextField text(String id, javafx.beans.property.StringProperty answer, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(answer);
        return field;
    }

    /** Date picker (yyyy-MM-dd, whatever the locale) and "HH:mm" time, bound to the answer. */
    public static HBox dateTime(String id, DateTimeAnswer answer, String timePrompt) {
        DatePicker date = new DatePicker();
        date.setId(id + "Date");
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : ISO.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : LocalDate.parse(s.trim(), ISO);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        date.setPromptText("2026-03-02");
        date.valueProperty().bindBidirectional(answer.dateProperty());
        TextField time = text(id + "Time", answer.timeProperty(), timePrompt);
        // wide enough for the whole prompt in either language ("hh:mm, e.g. …" was cut off)
        javafx.scene.text.Text measure = new javafx.scene.text.Text(timePrompt);
        measure.setFont(time.getFont());
        time.setPrefWidth(Math.max(80, measure.getLayoutBounds().getWidth() + 24));
        time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(8, date, time);
        box.setId(id);
        return box;
    }
}

package org.refunddesk.ui.form;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A two-column form (label, field, label, field) that fills row by row. A field with an error
 * binding gets a ControlsFX decoration and a small message label under it, both driven by the
 * view model's error text (empty = fine), so the view never decides what is valid.
 */
public final class FormGrid extends GridPane {
    private final ValidationSupport validation;
    private int row;
    private int column;

    public FormGrid(ValidationSupport validation) {
        this.validation = validation;
        getStyleClass().add("form");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(USE_PREF_SIZE);
            ColumnConstraints field = new ColumnConstraints();
            field.setHgrow(Priority.ALWAYS);
            field.setPrefWidth(220);
            getColumnConstraints().addAll(label, field);
        }
    }

    /** Adds a labelled field in the next free half row. */
    public FormGrid add(String label, Node field) {
        place(new Label(label), field, 1);
        return this;
    }

    /** Adds a labelled field whose problems (from the view model) show beside and under it. */
    public FormGrid add(String label, Control field, ObservableStringValue error) {
        return add(label, withError(field, error));
    }

    /** Like {@link #add(String, Control, ObservableStringValue)}, across the whole row. */
    public FormGrid addWide(String label, Control field, ObservableStringValue error) {
        return addWide(label, withError(field, error));
    }

    /** Adds a labelled field across the whole row. */
    public FormGrid addWide(String label, Node field) {
        if (column != 0) {
            nextRow();
        }
        place(new Label(label), field, 3);
        return this;
    }

    /** A heading that starts a new group of fields. */
    public FormGrid section(String title) {
        if (column != 0) {
            nextRow();
        }
        Label heading = new Label(title);
        heading.getStyleClass().add("form-section");
        add(heading, 0, row, 4, 1);
        nextRow();
        return this;
    }

    private Node withError(Control field, ObservableStringValue error) {
        validation.registerValidator(field, false,
                (control, value) -> ValidationResult.fromErrorIf(field, error.get(), !error.get().isEmpty()));
        // Some errors depend on other fields (a time needs its date): re-check when the message changes.
        error.addListener((o, was, now) -> validation.revalidate(field));
        return new VBox(2, field, errorLabel(field, error));
    }

    /** The message shown under a field: the view model's error text, hidden (and taking no space) when empty. */
    public static Label errorLabel(Node field, ObservableStringValue error) {
        Label message = new Label();
        message.getStyleClass().add("field-error");
        if (field.getId() != null) {
            message.setId(field.getId() + "Error");
        }
        message.textProperty().bind(error);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setWrapText(true);
        return message;
    }

    private void place(Label label, Node field, int span) {
        Accessible.label(label, field);
        label.getStyleClass().add("form-label");
        GridPane.setValignment(label, VPos.TOP);
        add(label, column, row);
        add(field, column + 1, row, span, 1);
        GridPane.setHgrow(field, Priority.ALWAYS);
        // Top-aligned, so a message under one field does not push its neighbour down the row.
        GridPane.setValignment(field, VPos.TOP);
        column += 1 + span;
        if (column >= 4) {
            nextRow();
        }
    }

    private void nextRow() {
        row++;
        column = 0;
    }
}

package org.refunddesk.ui.form;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * When a form shows a field's problem: once the user has been in the field and left it, or once they tried to
 * go on (Next, Finish, Add). A form that just opened is not a list of mistakes. The message line keeps its
 * place while empty, so fields do not jump as messages come and go.
 */
public final class ShownErrors {
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    private final List<Runnable> resets = new ArrayList<>();

    /** The error to show for {@code field}: the view model's text once touched or revealed, "" before. */
    public StringBinding of(Node field, ObservableStringValue error) {
        BooleanProperty left = new SimpleBooleanProperty(false);
        // the user's own click or key in it, not focus the window handed over (a form's first field, say)
        boolean[] used = {false};
        resets.add(() -> {
            used[0] = false;
            left.set(false);
        });
        field.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> used[0] = true);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> used[0] = true);
        // focusWithin: a date and time pair (or a group of radio buttons) counts as one field
        field.focusWithinProperty().addListener((o, was, now) -> {
            if (was && !now && used[0]) {
                left.set(true);
            }
        });
        return Bindings.createStringBinding(() -> left.get() || revealed.get() ? error.get() : "",
                left, revealed, error);
    }

    /** The user tried to go on: every problem of the form shows now. */
    public void revealAll() {
        revealed.set(true);
    }

    /** A fresh form again (after its content was saved and cleared). */
    public void reset() {
        revealed.set(false);
        resets.forEach(Runnable::run);
    }

    public boolean revealed() {
        return revealed.get();
    }

    /**
     * The line under a field for its message ({@code id}: the field's id + "Error"). It stays in the layout
     * when empty (one line high), so neither this field nor the ones below move when a message appears.
     */
    public static Label messageLine(Node field, ObservableStringValue shown) {
        Label message = new Label();
        message.getStyleClass().add("field-error");
        if (field.getId() != null) {
            message.setId(field.getId() + "Error");
        }
        message.textProperty().bind(shown);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        return message;
    }
}

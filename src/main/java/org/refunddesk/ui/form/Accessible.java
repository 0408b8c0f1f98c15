package org.refunddesk.ui.form;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/** Names for screen readers: a form label points at the control it names, a hint names a field without one. */
public final class Accessible {
    private Accessible() {
    }

    /**
     * {@code label} names {@code field}; when the field is a box of controls (a date and a time), the label
     * points at the first and names the others too.
     */
    public static void label(Label label, Node field) {
        List<Control> inside = controls(field);
        label.setLabelFor(inside.isEmpty() ? field : inside.get(0));
        for (int i = 1; i < inside.size(); i++) {
            Control other = inside.get(i);
            if (other.getAccessibleText() == null) {
                other.accessibleTextProperty().bind(label.textProperty());
            }
        }
    }

    /** A field named by its hint (a search or filter box with no label beside it). */
    public static <T extends Control> T byHint(T field) {
        if (field instanceof TextInputControl text) {
            field.accessibleTextProperty().bind(text.promptTextProperty());
        } else if (field instanceof ComboBoxBase<?> box) {
            field.accessibleTextProperty().bind(box.promptTextProperty());
        }
        return field;
    }

    /** A control (a table, a list) named by a text of its own. */
    public static <T extends Control> T named(T control, String text) {
        control.setAccessibleText(text);
        return control;
    }

    private static List<Control> controls(Node node) {
        List<Control> found = new ArrayList<>();
        if (node instanceof Control control) {
            found.add(control);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(controls(child));
            }
        }
        return found;
    }
}

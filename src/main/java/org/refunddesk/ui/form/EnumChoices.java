package org.refunddesk.ui.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import org.refunddesk.rules.i18n.Messages;

/** Combo boxes over an enum, showing the localised names from {@code enum.properties}. */
public final class EnumChoices {
    private EnumChoices() {
    }

    /** A combo box bound both ways to {@code value}; {@code allowNone} adds an empty choice first. */
    public static <E extends Enum<E>> ComboBox<E> comboBox(String id, Class<E> type, Property<E> value,
                                                           Messages messages, boolean allowNone) {
        List<E> items = new ArrayList<>();
        if (allowNone) {
            items.add(null);
        }
        items.addAll(Arrays.asList(type.getEnumConstants()));
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E item) {
                return messages.of(item);
            }

            @Override
            public E fromString(String text) {
                return box.getItems().stream().filter(e -> messages.of(e).equals(text)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }
}

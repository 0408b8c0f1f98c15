package org.refunddesk.ui.privacy;

import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.i18n.Messages;

/**
 * The settings row for the store's encryption: whether it is on, and the buttons to turn it on, change the
 * passphrase or remove it. A button first closes the settings dialog ({@code closeSettings}), because the
 * store is closed and the window rebuilt while the files are rewritten.
 */
public final class EncryptionSection {
    private EncryptionSection() {
    }

    public static VBox of(Messages m, boolean encrypted, Runnable closeSettings,
                          Consumer<EncryptionRequest.Kind> start) {
        Label state = new Label(m.get(encrypted ? "encryption.settings.encrypted" : "encryption.settings.plain"));
        state.setId("encryptionState");
        state.getStyleClass().add("hint");
        state.setWrapText(true);
        state.setPrefWidth(440);
        state.setMinHeight(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8);
        if (encrypted) {
            buttons.getChildren().addAll(
                    button(m.get("encryption.settings.change"), "encryptionChange", closeSettings,
                            () -> start.accept(EncryptionRequest.Kind.CHANGE)),
                    button(m.get("encryption.settings.remove"), "encryptionRemove", closeSettings,
                            () -> start.accept(EncryptionRequest.Kind.REMOVE)));
        } else {
            buttons.getChildren().add(button(m.get("encryption.settings.encrypt"), "encryptionEncrypt", closeSettings,
                    () -> start.accept(EncryptionRequest.Kind.ENCRYPT)));
        }
        return new VBox(6, state, buttons);
    }

    private static Button button(String text, String id, Runnable closeSettings, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> {
            closeSettings.run();
            // after the settings dialog has gone: the form is a dialog of its own
            javafx.application.Platform.runLater(action);
        });
        return button;
    }
}

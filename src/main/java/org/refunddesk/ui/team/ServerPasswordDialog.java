package org.refunddesk.ui.team;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.refunddesk.rules.i18n.Messages;

/**
 * The small dialog at start that asks for the team-server password when no keyring holds it (issue 16). The
 * password goes straight to the connection (and to the keyring where there is one), never to the preferences.
 */
public final class ServerPasswordDialog {
    private ServerPasswordDialog() {
    }

    /**
     * Asks; empty when cancelled. {@code wrong}: the last one was refused (said above the field). {@code keyring}:
     * the keyring's name when the password will be kept there, null when it is used for this run only.
     */
    public static Optional<char[]> ask(Window owner, Messages messages, String server, String user, boolean wrong,
                                       String keyring) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("teamwire.password.title"));
        dialog.setHeaderText(messages.get("teamwire.password.header", server, user));
        ButtonType connect = new ButtonType(messages.get("teamwire.password.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, cancel);
        PasswordField field = new PasswordField();
        field.setId("serverPassword");
        field.setAccessibleText(messages.get("teamwire.password.label"));
        Label label = new Label(messages.get("teamwire.password.label"));
        label.setLabelFor(field);
        Label note = new Label(keyring != null ? messages.get("teamwire.password.keyring", keyring)
                : messages.get("teamwire.password.memory"));
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setMaxWidth(420);
        VBox content = new VBox(8);
        if (wrong) {
            Label refused = new Label(messages.get("teamwire.password.wrong"));
            refused.setId("serverPasswordWrong");
            refused.getStyleClass().add("error");
            refused.setWrapText(true);
            refused.setMaxWidth(420);
            content.getChildren().add(refused);
        }
        content.getChildren().addAll(label, field, note);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("serverPasswordDialog");
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] typed = field.getText().toCharArray();
        field.clear();
        return answer.filter(connect::equals).map(b -> typed);
    }
}

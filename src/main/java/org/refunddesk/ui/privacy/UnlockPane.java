package org.refunddesk.ui.privacy;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.i18n.Messages;

/**
 * Asks for the passphrase (or recovery key) of an encrypted store: at start and when the idle lock has
 * hidden the window. It only collects the text; the caller checks it off the FX thread and calls
 * {@link #wrong()} or moves on.
 */
public final class UnlockPane extends VBox {
    private final PasswordField field = new PasswordField();
    private final Button open;
    private final Label error = new Label();
    private final ProgressIndicator checking = new ProgressIndicator();

    public UnlockPane(Messages messages, String heading, Consumer<char[]> onSubmit) {
        super(12);
        setId("unlockPane");
        getStyleClass().add("unlock-pane");
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        Label title = new Label(heading);
        title.getStyleClass().add("unlock-title");
        Label hint = new Label(messages.get("privacy.unlock.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        field.setId("unlockPassphrase");
        field.setPromptText(messages.get("privacy.unlock.prompt"));
        field.setPrefColumnCount(28);
        open = new Button(messages.get("privacy.unlock.open"));
        open.setId("unlockButton");
        open.setDefaultButton(true);
        error.setId("unlockError");
        error.getStyleClass().add("field-error");
        error.setVisible(false);
        checking.setVisible(false);
        checking.setPrefSize(24, 24);
        error.setText(messages.get("privacy.unlock.wrong"));
        Runnable submit = () -> {
            if (field.getText().isEmpty()) {
                return;
            }
            char[] secret = field.getText().toCharArray();
            busy(true);
            onSubmit.accept(secret);
        };
        open.setOnAction(e -> submit.run());
        field.setOnAction(e -> submit.run());
        getChildren().addAll(title, hint, field, open, checking, error);
    }

    /** The text did not open the store: say so, clear it, and let the user type again. */
    public void wrong() {
        busy(false);
        field.clear();
        error.setVisible(true);
        field.requestFocus();
    }

    /** Ready for a new attempt (shown again by the idle lock). */
    public void reset() {
        busy(false);
        field.clear();
        error.setVisible(false);
    }

    public void focus() {
        field.requestFocus();
    }

    private void busy(boolean busy) {
        field.setDisable(busy);
        open.setDisable(busy);
        checking.setVisible(busy);
        if (busy) {
            error.setVisible(false);
        }
    }
}

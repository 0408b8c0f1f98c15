package org.refunddesk.ui.privacy;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.refunddesk.rules.i18n.Messages;

/**
 * Asks for what turning encryption on, changing the passphrase or removing it needs, and says first what the
 * user must know (a forgotten passphrase cannot be recovered; removing it leaves plain files). Its result is
 * the request, or empty when cancelled; nothing is checked against the store here.
 */
public final class PassphraseForm extends Dialog<EncryptionRequest> {
    static final int MIN_LENGTH = 8;
    private static final double WIDTH = 440;

    public PassphraseForm(Window owner, Messages m, EncryptionRequest.Kind kind) {
        initOwner(owner);
        String name = kind.name().toLowerCase(java.util.Locale.ROOT);
        setTitle(m.get("encryption.form." + name + ".title"));
        getDialogPane().setId("passphraseForm");

        PasswordField current = field("encCurrent");
        PasswordField fresh = field("encNew");
        PasswordField confirm = field("encConfirm");
        CheckBox recovery = new CheckBox(m.get("encryption.form.recoveryKey"));
        recovery.setId("encRecoveryKey");
        recovery.setSelected(true);
        recovery.setWrapText(true);
        recovery.setPrefWidth(WIDTH);

        Label warning = new Label(m.get(kind == EncryptionRequest.Kind.REMOVE
                ? "encryption.form.remove.warning" : "encryption.form.warning"));
        warning.setId("encWarning");
        warning.setWrapText(true);
        warning.setPrefWidth(WIDTH);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.getStyleClass().add("warning");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        int row = 0;
        if (kind != EncryptionRequest.Kind.ENCRYPT) {
            grid.addRow(row++, label(m.get("encryption.form.current"), current), current);
        }
        if (kind != EncryptionRequest.Kind.REMOVE) {
            grid.addRow(row++, label(m.get("encryption.form.new"), fresh), fresh);
            grid.addRow(row++, label(m.get("encryption.form.confirm"), confirm), confirm);
        }
        if (kind == EncryptionRequest.Kind.ENCRYPT) {
            grid.add(recovery, 1, row++);
        }
        Label error = new Label();
        error.setId("encError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setPrefWidth(WIDTH);
        StringBinding problem = Bindings.createStringBinding(() -> {
            if (kind != EncryptionRequest.Kind.ENCRYPT && current.getText().isEmpty()) {
                return m.get("encryption.form.error.current");
            }
            if (kind == EncryptionRequest.Kind.REMOVE) {
                return "";
            }
            if (fresh.getText().codePointCount(0, fresh.getText().length()) < MIN_LENGTH) {
                return m.get("encryption.form.error.short");
            }
            return fresh.getText().equals(confirm.getText()) ? "" : m.get("encryption.form.error.mismatch");
        }, current.textProperty(), fresh.textProperty(), confirm.textProperty());
        // said only once the user has typed something: an empty form is not an error yet
        error.textProperty().bind(Bindings.when(fresh.textProperty().isEmpty().and(current.textProperty().isEmpty()))
                .then("").otherwise(problem));
        getDialogPane().setContent(new VBox(12, warning, grid, error));

        ButtonType ok = new ButtonType(m.get("encryption.form." + name + ".ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(m.get("ui.dialog.cancel"));
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("encCancel");
        getDialogPane().lookupButton(ok).setId("encOk");
        getDialogPane().lookupButton(ok).disableProperty().bind(problem.isNotEmpty());
        setResultConverter(button -> button == ok
                ? new EncryptionRequest(kind, current.getText().toCharArray(), fresh.getText().toCharArray(),
                kind == EncryptionRequest.Kind.ENCRYPT && recovery.isSelected())
                : null);
        setOnShown(e -> (kind == EncryptionRequest.Kind.ENCRYPT ? fresh : current).requestFocus());
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}

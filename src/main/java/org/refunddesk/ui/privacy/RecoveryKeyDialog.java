package org.refunddesk.ui.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * Shows the recovery key once, right after encrypting, with buttons to copy it and to save it to a file
 * (a USB stick, not the data folder). The key is not kept anywhere else by the app.
 */
public final class RecoveryKeyDialog extends Dialog<Void> {

    public RecoveryKeyDialog(Window owner, Messages m, DialogService dialogs, TaskExecutor tasks,
                             String recoveryKey) {
        initOwner(owner);
        setTitle(m.get("encryption.recovery.title"));
        getDialogPane().setId("recoveryKeyDialog");
        Label text = new Label(m.get("encryption.recovery.text"));
        text.setWrapText(true);
        text.setPrefWidth(460);
        text.setMinHeight(Region.USE_PREF_SIZE);
        TextField key = new TextField(recoveryKey);
        key.setId("recoveryKeyText");
        key.setEditable(false);
        key.setPrefColumnCount(recoveryKey.length());
        key.setStyle("-fx-font-family: monospace; -fx-font-size: 1.2em;");
        Label done = new Label();
        done.setId("recoveryKeyDone");
        done.setWrapText(true);
        done.setPrefWidth(460);
        Button copy = new Button(m.get("encryption.recovery.copy"));
        copy.setId("recoveryKeyCopy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(recoveryKey);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            done.setText(m.get("encryption.recovery.copied"));
        });
        Button save = new Button(m.get("encryption.recovery.save"));
        save.setId("recoveryKeySave");
        save.setOnAction(e -> dialogs.showFileSave(m.get("encryption.recovery.save"), m.get("encryption.recovery.file"),
                FileType.of("TXT", "*.txt")).ifPresent(file -> {
            String content = m.get("encryption.recovery.fileText") + System.lineSeparator()
                    + recoveryKey + System.lineSeparator();
            BackgroundTask.of(m.get("encryption.recovery.save"), progress -> Files.writeString(file, content, StandardCharsets.UTF_8))
                    .onSuccess(written -> done.setText(m.get("encryption.recovery.saved", file)))
                    .onFailure(ex -> done.setText(m.get("encryption.recovery.saveFailed", ex.getMessage())))
                    .executeWith(tasks);
        }));
        getDialogPane().setContent(new VBox(12, text, key, new HBox(8, copy, save), done));
        ButtonType close = new ButtonType(m.get("encryption.recovery.close"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(close);
        getDialogPane().lookupButton(close).setId("recoveryKeyClose");
    }
}

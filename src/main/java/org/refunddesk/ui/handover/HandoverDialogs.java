package org.refunddesk.ui.handover;

import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.refunddesk.rules.i18n.Messages;

/** The two preview dialogs of an opened file. Blank fields show a dash, so nothing looks invented. */
final class HandoverDialogs {
    private static final String BLANK = "—";
    private final Messages messages;

    HandoverDialogs(Messages messages) {
        this.messages = messages;
    }

    /** The import preview; true when the user chose Import. */
    boolean confirmImport(Window owner, Path file, CaseFilePreview preview) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        row(grid, 0, "handover.case.field.title", "handoverCaseTitle", preview.title());
        row(grid, 1, "handover.case.field.platform", "handoverCasePlatform", preview.platform());
        row(grid, 2, "handover.case.field.amount", "handoverCaseAmount",
                preview.amount().isEmpty() ? "" : messages.get("handover.case.amountValue", preview.amount()));
        row(grid, 3, "handover.case.field.events", "handoverCaseEvents", String.valueOf(preview.events()));
        VBox content = new VBox(10, grid);
        if (preview.alreadyStored()) {
            Label stored = new Label(messages.get("handover.case.exists"));
            stored.setId("handoverCaseExists");
            stored.setWrapText(true);
            content.getChildren().add(stored);
        }
        ButtonType importIt = new ButtonType(messages.get("handover.case.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("handover.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert dialog = dialog(owner, messages.get("handover.case.title"),
                messages.get("handover.case.header", file.getFileName().toString()), importIt, cancel);
        dialog.getDialogPane().setId("handoverCasePreview");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(importIt).setDisable(preview.alreadyStored());
        return dialog.showAndWait().filter(importIt::equals).isPresent();
    }

    /** The restore preview of a full backup; true when the user chose Restore…. */
    boolean confirmRestore(Window owner, Path file, long size) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        row(grid, 0, "handover.backup.field.file", "handoverBackupFile", file.getFileName().toString());
        row(grid, 1, "handover.backup.field.folder", "handoverBackupFolder", String.valueOf(file.getParent()));
        row(grid, 2, "handover.backup.field.size", "handoverBackupSize", sizeText(size));
        Label next = new Label(messages.get("handover.backup.next"));
        next.setWrapText(true);
        next.setMaxWidth(460);
        ButtonType restore = new ButtonType(messages.get("handover.backup.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("handover.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert dialog = dialog(owner, messages.get("handover.backup.title"),
                messages.get("handover.backup.header", file.getFileName().toString()), restore, cancel);
        dialog.getDialogPane().setId("handoverBackupPreview");
        dialog.getDialogPane().setContent(new VBox(10, grid, next));
        // Replacing every case is not what Enter should do.
        ((Button) dialog.getDialogPane().lookupButton(restore)).setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return dialog.showAndWait().filter(restore::equals).isPresent();
    }

    private String sizeText(long bytes) {
        if (bytes < 1024 * 1024) {
            return messages.get("handover.size.kb", String.format(Locale.ROOT, "%.1f", bytes / 1024.0));
        }
        return messages.get("handover.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private void row(GridPane grid, int index, String labelKey, String id, String value) {
        Label label = new Label(messages.get(labelKey));
        Label shown = new Label(value == null || value.isBlank() ? BLANK : value);
        shown.setId(id);
        shown.setWrapText(true);
        grid.addRow(index, label, shown);
    }

    private static Alert dialog(Window owner, String title, String header, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setResizable(true);
        return alert;
    }
}

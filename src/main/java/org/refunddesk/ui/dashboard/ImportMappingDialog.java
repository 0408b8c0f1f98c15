package org.refunddesk.ui.dashboard;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import org.refunddesk.rules.i18n.Messages;

/** The modal column-mapping dialog: "import" stays disabled while any cell has an error. */
final class ImportMappingDialog {
    private ImportMappingDialog() {
    }

    /** @param owner a node of the main window (the dialog is centred on it) */
    static CaseloadTransferViewModel.ImportMappingPrompt prompt(Node owner, Messages messages) {
        return model -> {
            Dialog<ButtonType> dialog = new Dialog<>();
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                dialog.initOwner(owner.getScene().getWindow());
            }
            dialog.setTitle(messages.get("caseload.ui.mapping.title"));
            dialog.setHeaderText(messages.get("caseload.ui.mapping.header"));
            dialog.setResizable(true);
            ButtonType importType = new ButtonType(messages.get("caseload.ui.mapping.import"), ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
            dialog.getDialogPane().setContent(new ImportMappingView(model, messages));
            Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
            importButton.setId("confirmImport");
            importButton.disableProperty().bind(model.importableProperty().not());
            return dialog.showAndWait().filter(importType::equals).isPresent();
        };
    }
}

package org.refunddesk.ui.wizard.evidence;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.rules.i18n.Messages;

/** The case's evidence trash on the facts page: the removed files, "Restore" and "Empty trash…". */
final class TrashPane extends TitledPane {
    TrashPane(EvidenceTrashViewModel model, Messages m) {
        setId("evidenceTrash");
        textProperty().bind(model.title());
        setExpanded(false);
        // opens at once: the list is where the user clicks next, it should not slide under the pointer
        setAnimated(false);
        ListView<EvidenceItem> list = new ListView<>(model.items());
        list.setId("trashFiles");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(m.get("evidence.ui.trash.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EvidenceItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.originalName());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> model.selectedProperty().set(item));
        model.selectedProperty().addListener((obs, old, item) -> {
            if (item == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        Button restore = new Button(m.get("evidence.ui.trash.restore"));
        restore.setId("restoreFile");
        restore.disableProperty().bind(model.canRestore().not());
        restore.setOnAction(e -> model.restoreSelected());
        Button empty = new Button(m.get("evidence.ui.trash.empty.button"));
        empty.setId("emptyTrash");
        empty.disableProperty().bind(model.canEmpty().not());
        empty.setOnAction(e -> model.emptyTrash());
        Label hint = new Label(m.get("evidence.ui.trash.hint"));
        hint.setWrapText(true);
        setContent(new VBox(6, hint, list, new HBox(8, restore, empty)));
    }
}

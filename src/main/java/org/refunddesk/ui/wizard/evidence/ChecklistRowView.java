package org.refunddesk.ui.wizard.evidence;

import java.io.File;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.rules.i18n.Messages;

/** One checklist item in the wizard: what it is, required or recommended, why, its files; a drop target. */
final class ChecklistRowView extends VBox {
    private final ChecklistRow row;
    private final EvidenceWizardViewModel model;

    ChecklistRowView(ChecklistRow row, EvidenceWizardViewModel model) {
        super(4);
        this.row = row;
        this.model = model;
        Messages m = model.messages();
        setId("checklist-" + row.id());
        getStyleClass().addAll("evidence-row", row.entry().required() ? "evidence-required" : "evidence-recommended");
        if (row.covered()) {
            getStyleClass().add("evidence-covered");
        }
        Label label = new Label(row.label());
        label.getStyleClass().add("evidence-row-label");
        Label level = new Label(row.level());
        level.getStyleClass().add("evidence-level");
        Label why = new Label(row.why());
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        HBox header = new HBox(8, label, level);
        Button pick = new Button(m.get("evidence.ui.pick.button"));
        pick.setId("pick-" + row.id());
        pick.setOnAction(e -> model.pickFileFor(row.id()));
        pick.disableProperty().bind(model.busyProperty());
        FlowPane attached = new FlowPane(6, 6);
        attached.setId("files-" + row.id());
        for (EvidenceItem file : row.files()) {
            Label chip = new Label(file.originalName(), Thumbnails.of(file, model));
            chip.getStyleClass().add("evidence-file");
            attached.getChildren().add(chip);
        }
        Label dropHint = new Label(m.get("evidence.ui.drop.hint"));
        dropHint.getStyleClass().add("evidence-drop-hint");
        HBox actions = new HBox(8, pick, dropHint);
        HBox.setHgrow(dropHint, Priority.ALWAYS);
        getChildren().addAll(header, why, attached, actions);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dragDropped);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && !model.busyProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dragDropped(DragEvent event) {
        boolean accepted = event.getDragboard().hasFiles();
        if (accepted) {
            dropFiles(event.getDragboard().getFiles());
        }
        event.setDropCompleted(accepted);
        event.consume();
    }

    /** What a drop does: attach the files to this item (copied into the vault; the originals stay). */
    void dropFiles(List<File> files) {
        model.attach(row.id(), files.stream().map(File::toPath).toList());
    }
}

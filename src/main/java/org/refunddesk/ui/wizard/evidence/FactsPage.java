package org.refunddesk.ui.wizard.evidence;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.rules.i18n.Messages;

/** Page 2: for each file, tick what it shows; remove a file (with a reason) to the trash, restore or empty it. */
final class FactsPage extends HBox {
    private final EvidenceWizardViewModel model;
    private final Map<EvidenceFact, CheckBox> boxes = new EnumMap<>(EvidenceFact.class);
    private boolean updating;

    FactsPage(EvidenceWizardViewModel model) {
        super(12);
        this.model = model;
        Messages m = model.messages();
        setId("evidencePageFacts");
        ListView<EvidenceItem> list = new ListView<>(model.files());
        list.setId("evidenceFiles");
        list.setCellFactory(v -> new FileCell());
        Label none = new Label(m.get("evidence.ui.facts.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.selectedFileProperty().set(item);
            }
        });
        model.selectedFileProperty().addListener((obs, old, item) -> {
            if (item != null && !item.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(item);
            }
            showFacts(item);
        });
        HBox.setHgrow(list, Priority.ALWAYS);

        VBox facts = new VBox(6, new Label(m.get("evidence.ui.facts.title")));
        for (EvidenceFact fact : EvidenceFact.values()) {
            CheckBox box = new CheckBox(model.texts().fact(fact));
            box.setId("fact-" + fact.name().toLowerCase(Locale.ROOT));
            box.disableProperty().bind(model.selectedFileProperty().isNull());
            box.selectedProperty().addListener((obs, was, now) -> {
                EvidenceItem item = model.selectedFileProperty().get();
                if (!updating && item != null && now != item.shows(fact)) {
                    model.setShows(item, fact, now);
                }
            });
            boxes.put(fact, box);
            facts.getChildren().add(box);
        }
        TextField reason = new TextField();
        reason.setId("removeReason");
        reason.setPromptText(m.get("evidence.ui.remove.reason"));
        reason.textProperty().bindBidirectional(model.removeReasonProperty());
        Button remove = new Button(m.get("evidence.ui.remove.button"));
        remove.setId("removeFile");
        remove.disableProperty().bind(model.selectedFileProperty().isNull().or(model.busyProperty()));
        remove.setOnAction(e -> model.removeSelected());
        facts.getChildren().addAll(new Label(m.get("evidence.ui.remove.title")), reason, remove,
                new TrashPane(new EvidenceTrashViewModel(model), m));
        getChildren().addAll(list, facts);
        showFacts(model.selectedFileProperty().get());
    }

    private void showFacts(EvidenceItem item) {
        updating = true;
        try {
            boxes.forEach((fact, box) -> box.setSelected(item != null && item.shows(fact)));
        } finally {
            updating = false;
        }
    }

    private final class FileCell extends ListCell<EvidenceItem> {
        @Override
        protected void updateItem(EvidenceItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.originalName() + " · " + model.texts().category(item.category()));
            setGraphic(Thumbnails.of(item, model));
        }
    }
}

package org.refunddesk.ui.wizard.evidence;

import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Page 1: the checklist for the case's problem kind; pick or drop files onto an item. */
final class ChecklistPage extends VBox {
    private final EvidenceWizardViewModel model;
    private final VBox rows = new VBox(10);

    ChecklistPage(EvidenceWizardViewModel model) {
        super(8);
        this.model = model;
        setId("evidencePageChecklist");
        Label intro = new Label(model.messages().get("evidence.ui.checklist.intro",
                model.messages().of(model.refundCase().problem() == null ? null : model.refundCase().problem().kind())));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(intro, scroll);
        model.rows().addListener((ListChangeListener<ChecklistRow>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().setAll(model.rows().stream().map(r -> new ChecklistRowView(r, model)).toList());
    }

    /** The row view of a checklist item, e.g. to drop files onto it. */
    Optional<ChecklistRowView> row(String checklistItemId) {
        return rows.getChildren().stream().filter(n -> ("checklist-" + checklistItemId).equals(n.getId()))
                .map(ChecklistRowView.class::cast).findFirst();
    }
}

package org.refunddesk.ui.team;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.refunddesk.rules.i18n.Messages;

/**
 * The unsynced-changes panel: the offline queue in words, one card per edit with its ways out. Not modal, so the person can open
 * the case meanwhile; the cards follow the queue while the panel is open.
 */
public final class PendingEditsDialog extends Dialog<Void> {
    private final PendingEditsViewModel model;
    private final Messages messages;
    private final VBox cards = new VBox(8);

    public PendingEditsDialog(Window owner, PendingEditsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.NONE);
        setResizable(true);
        setTitle(messages.get("teamqueue.title"));
        setHeaderText(messages.get("teamqueue.title"));
        getDialogPane().setId("pendingEditsDialog");
        getDialogPane().getStylesheets().add(ConflictDialog.STYLESHEET);
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("teamqueue.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));

        Label intro = new Label(messages.get("teamqueue.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        cards.setId("pendingEditsList");
        cards.setPadding(new Insets(2));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        scroll.setPrefViewportWidth(560);
        VBox content = new VBox(10, intro, scroll);
        content.setPadding(new Insets(8, 12, 4, 12));
        getDialogPane().setContent(content);

        model.rows().addListener((ListChangeListener<PendingEditsViewModel.Row>) change -> showRows());
        showRows();
    }

    private void showRows() {
        cards.getChildren().clear();
        if (model.rows().isEmpty()) {
            Label none = new Label(messages.get("teamqueue.empty"));
            none.setId("pendingEditsEmpty");
            none.setWrapText(true);
            cards.getChildren().add(none);
            return;
        }
        for (PendingEditsViewModel.Row row : model.rows()) {
            cards.getChildren().add(card(row));
        }
    }

    private VBox card(PendingEditsViewModel.Row row) {
        Label title = new Label(row.caseTitle());
        title.getStyleClass().add("conflict-heading");
        Label what = wrapped(row.what());
        Label when = wrapped(row.when());
        Label why = wrapped(row.why());
        why.getStyleClass().add(row.held() ? "pending-edit-held" : "hint");
        HBox buttons = new HBox(8);
        if (row.canResolve()) {
            buttons.getChildren().add(button("pendingResolve", "teamqueue.resolve", () -> model.retry(row)));
        }
        if (row.canRetry()) {
            buttons.getChildren().add(button("pendingRetry", "teamqueue.retry", () -> model.retry(row)));
        }
        if (row.canSaveAsNew()) {
            buttons.getChildren().add(button("pendingSaveAsNew", "teamqueue.saveAsNew", () -> model.saveAsNew(row)));
        }
        buttons.getChildren().add(button("pendingDiscard", "teamqueue.discard", () -> model.discard(row)));
        VBox card = new VBox(3, title, what, when, why, buttons);
        card.getStyleClass().add("pending-edit");
        card.setId("pendingEdit-" + row.entryId());
        return card;
    }

    private Button button(String styleClass, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.getStyleClass().add(styleClass);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(model.busyProperty().greaterThan(0));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}

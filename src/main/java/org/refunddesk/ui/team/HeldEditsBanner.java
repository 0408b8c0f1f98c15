package org.refunddesk.ui.team;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.refunddesk.rules.i18n.Messages;

/** "N offline changes cannot reach the server: you decide [See unsynced changes]", shown while any is held. */
public final class HeldEditsBanner extends HBox {
    public HeldEditsBanner(PendingEditsViewModel model, Messages messages, Runnable openPanel) {
        setId("heldEditsBanner");
        getStyleClass().add("held-edits-banner");
        getStylesheets().add(ConflictDialog.STYLESHEET);
        Label text = new Label();
        text.setId("heldEditsBannerText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(model.heldMessageProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button open = new Button(messages.get("teamqueue.banner.open"));
        open.setId("heldEditsOpen");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> openPanel.run());
        getChildren().addAll(text, open);
        setAccessibleRole(AccessibleRole.TEXT);
        accessibleTextProperty().bind(model.heldMessageProperty());
        visibleProperty().bind(model.heldCountProperty().greaterThan(0));
        managedProperty().bind(visibleProperty());
    }
}

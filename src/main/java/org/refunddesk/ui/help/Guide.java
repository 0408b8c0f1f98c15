package org.refunddesk.ui.help;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.i18n.Messages;

/** The built-in guide's content (Help → Guide, and the wizards' "?"), which can open at one of its topics. */
public final class Guide {
    /** Style class of the topic heading the guide was opened at. */
    public static final String CURRENT = "guide-current";

    private Guide() {
    }

    /** The whole guide, every topic of {@link HelpFeature#TOPICS} in reading order, in a scroll pane. */
    public static ScrollPane content(Messages m) {
        VBox content = new VBox(6);
        content.setPadding(new Insets(16, 20, 16, 20));
        content.setMaxWidth(760);
        content.setId("guide");
        for (String topic : HelpFeature.TOPICS) {
            Label title = new Label(m.get("help.topic." + topic + ".title"));
            title.setId("guide-" + topic);
            title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold; -fx-padding: 8 0 0 0;");
            title.setWrapText(true);
            Label text = new Label(m.get("help.topic." + topic + ".text"));
            text.setWrapText(true);
            content.getChildren().addAll(title, text);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Marks {@code topic}'s heading and scrolls it to the top of the view (after layout, so sizes are known). */
    public static void showTopic(ScrollPane scroll, String topic) {
        Node content = scroll.getContent();
        Node heading = content.lookup("#guide-" + topic);
        content.lookupAll("." + CURRENT).forEach(n -> n.getStyleClass().remove(CURRENT));
        if (heading == null) {
            return;
        }
        heading.getStyleClass().add(CURRENT);
        heading.setStyle(heading.getStyle() + "-fx-text-fill: #1a5fb4;");
        Platform.runLater(() -> {
            scroll.layout();
            double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(hidden <= 0 ? 0 : Math.min(1, heading.getBoundsInParent().getMinY() / hidden));
        });
    }
}

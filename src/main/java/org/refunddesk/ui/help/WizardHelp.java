package org.refunddesk.ui.help;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.refunddesk.rules.i18n.Messages;

/** The "?" in a wizard page's header (and F1 on the page): opens the guide at the page's topic. */
public final class WizardHelp {
    private WizardHelp() {
    }

    /** Puts the "?" button on {@code page}; {@code topic} is one of {@link HelpFeature#TOPICS}. */
    public static Button attach(DialogPane page, Messages m, String topic) {
        Button help = new Button("?");
        help.setId("wizardHelp");
        help.getStyleClass().add("wizard-help");
        help.setStyle("-fx-font-size: 16px; -fx-font-weight: bold; -fx-background-radius: 16; -fx-min-width: 32;"
                + " -fx-min-height: 32;");
        help.setTooltip(new Tooltip(m.get("help.wizard.tooltip")));
        help.setAccessibleText(m.get("help.wizard.tooltip"));
        help.setFocusTraversable(false);
        help.setOnAction(e -> open(page, m, topic));
        // bound, so the wizard's stylesheet (its decorative "?" picture) cannot replace it
        page.graphicProperty().bind(new SimpleObjectProperty<Node>(help));
        page.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                open(page, m, topic);
                e.consume();
            }
        });
        return help;
    }

    private static void open(DialogPane page, Messages m, String topic) {
        GuideWindow.show(page.getScene() == null ? null : page.getScene().getWindow(), m, topic);
    }
}

package org.refunddesk.ui.help;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.refunddesk.rules.i18n.Messages;

/**
 * The guide in a window of its own, for the "?" (or F1) of a wizard: a wizard is a modal dialog, so the guide
 * tab of the main window would stay out of reach behind it. One window, reused and brought to the front.
 */
public final class GuideWindow {
    private static Stage stage;
    private static ScrollPane scroll;

    private GuideWindow() {
    }

    /** Opens (or brings forward) the guide over {@code owner}, at {@code topic} (one of {@link HelpFeature#TOPICS}). */
    public static Stage show(Window owner, Messages m, String topic) {
        if (stage == null || stage.getOwner() != owner) {
            if (stage != null) {
                stage.close();
            }
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle(m.get("help.tab"));
            scroll = Guide.content(m);
            stage.setScene(new Scene(scroll, 640, 520));
            stage.getScene().getRoot().setId("guideWindow");
        }
        stage.show();
        stage.toFront();
        Guide.showTopic(scroll, topic);
        return stage;
    }
}

package org.refunddesk.ui.teammove;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.refunddesk.rules.i18n.Messages;

/**
 * The dialog of File → 上传到团队服务器… / 从团队服务器复制到本机… (issue 16): which store goes to which, what the
 * copy does, that running it twice duplicates nothing, then 开始 with a progress bar, the status and the result in
 * words; 停止 stops after the case in hand. Without a job (no server set up, nothing to copy) it only explains, with
 * a button to the settings where that helps. Shown without blocking; it cannot be closed while the copy runs.
 */
public final class TeamMoveDialog extends Dialog<Void> {
    /** Wide enough for the longest line in either language at 1024x700, narrow enough to fit there. */
    private static final double TEXT_WIDTH = 520;

    /**
     * @param fromTo       which store goes to which, as the bundle words it (null: not shown)
     * @param lines        the explanation, paragraph by paragraph (the login, what is copied, running it twice)
     * @param model        the copy's state; null when there is nothing to start (the lines say why)
     * @param openSettings opens 设置 → 团队服务器 (null: no such button)
     */
    public TeamMoveDialog(Window owner, Messages messages, String title, String fromTo, java.util.List<String> lines,
                          TeamMoveViewModel model, Runnable openSettings) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setHeaderText(fromTo != null ? fromTo : title);
        getDialogPane().setId("teamMoveDialog");
        setResizable(true);
        setResultConverter(button -> null);

        VBox content = new VBox(10);
        content.setPadding(new Insets(8, 12, 4, 12));
        int n = 0;
        for (String line : lines) {
            content.getChildren().add(paragraph(line, "teamMoveLine" + n++));
        }
        ButtonType close = new ButtonType(messages.get("teammove.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(close);
        if (model != null) {
            ProgressBar bar = new ProgressBar();
            bar.setId("teamMoveProgress");
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.progressProperty().bind(model.progressProperty());
            Label status = paragraph("", "teamMoveStatus");
            status.textProperty().bind(model.statusProperty());
            Label result = paragraph("", "teamMoveResult");
            result.textProperty().bind(model.resultProperty());
            model.failedProperty().addListener((o, was, now) -> {
                result.getStyleClass().remove("error");
                if (now) {
                    result.getStyleClass().add("error");
                }
            });
            content.getChildren().addAll(bar, status, result);

            ButtonType start = new ButtonType(messages.get("teammove.start"), ButtonBar.ButtonData.OK_DONE);
            ButtonType stop = new ButtonType(messages.get("teammove.stop"), ButtonBar.ButtonData.OTHER);
            getDialogPane().getButtonTypes().setAll(start, stop, close);
            Button startButton = (Button) getDialogPane().lookupButton(start);
            startButton.setId("teamMoveStart");
            keepOpen(startButton, model::start);
            startButton.disableProperty().bind(model.runningProperty());
            Button stopButton = (Button) getDialogPane().lookupButton(stop);
            stopButton.setId("teamMoveStop");
            keepOpen(stopButton, model::stop);
            stopButton.disableProperty().bind(model.runningProperty().not());
            getDialogPane().lookupButton(close).disableProperty().bind(model.runningProperty());
            // the window's own close (Escape, the title bar's x) waits for the copy as the button does
            setOnCloseRequest(e -> {
                if (model.runningProperty().get()) {
                    e.consume();
                }
            });
        } else if (openSettings != null) {
            ButtonType settings = new ButtonType(messages.get("teammove.openSettings"), ButtonBar.ButtonData.OK_DONE);
            getDialogPane().getButtonTypes().setAll(settings, close);
            Button settingsButton = (Button) getDialogPane().lookupButton(settings);
            settingsButton.setId("teamMoveOpenSettings");
            setResultConverter(button -> {
                if (button == settings) {
                    javafx.application.Platform.runLater(openSettings);
                }
                return null;
            });
        }
        getDialogPane().lookupButton(close).setId("teamMoveClose");
        getDialogPane().setContent(content);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    }

    private static void keepOpen(Button button, Runnable action) {
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
    }

    private static Label paragraph(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setPrefWidth(TEXT_WIDTH);
        label.setMaxWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** For tests and the look tool: the node with this id in the dialog. */
    public Node find(String id) {
        return getDialogPane().lookup("#" + id);
    }
}

package org.refunddesk.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

import org.refunddesk.rules.i18n.Messages;

/** The JavaFX dialogs: {@link Alert}s owned by the main window, {@link FileChooser}s, ControlsFX notifications. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;

    /** {@code owner} supplies the window dialogs belong to (may supply null before the window shows). */
    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(messages.get("ui.dialog.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("ui.dialog.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        // The safe answer is the default: Enter must not delete or overwrite anything.
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Integer> choose(String title, String message, java.util.List<String> choices) {
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (String choice : choices) {
            buttons.add(new ButtonType(choice, ButtonBar.ButtonData.OTHER));
        }
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.add(cancel);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, buttons.toArray(ButtonType[]::new));
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0 && i < choices.size());
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ok()).showAndWait();
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ok()).showAndWait();
    }

    @Override
    public Optional<Path> showFileOpen(String title, FileType type) {
        File file = chooser(title, type).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> showFileSave(String title, String suggestedName, FileType type) {
        FileChooser chooser = chooser(title, type);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public void notify(String message) {
        // one toast at a time, inside the window: more wait their turn instead of piling up off the edge
        if (message == null || message.equals(current) || pending.contains(message)) {
            return;
        }
        if (pending.size() >= MAX_PENDING) {
            pending.pollFirst();
        }
        pending.addLast(message);
        if (current == null) {
            showNextToast();
        }
    }

    private static final int MAX_PENDING = 4;
    private static final int LONG_MESSAGE = 700;
    private static final int LONG_LINES = 16;
    private static final Duration TOAST_TIME = Duration.seconds(4);
    private final java.util.Deque<String> pending = new java.util.ArrayDeque<>();
    private String current;

    private static final double TOAST_MARGIN = 16;
    private static final double TOAST_MAX_WIDTH = 460;
    /** Keeps the toast above the status bar. */
    private static final double TOAST_BOTTOM = 36;

    /**
     * Our own toast instead of ControlsFX's Notifications: those size themselves before their text is laid
     * out and so stuck out past the window's right and bottom edges on a 1024x700 screen. This one wraps its
     * text to the window's width and is placed inside the window's bottom-right corner once its size is known.
     */
    private void showNextToast() {
        current = pending.pollFirst();
        if (current == null) {
            return;
        }
        Window window = owner.get();
        if (window == null || !window.isShowing() || window.getScene() == null) {
            current = null;
            showNextToast();
            return;
        }
        javafx.scene.Scene scene = window.getScene();
        double room = Math.max(120, Math.min(TOAST_MAX_WIDTH, scene.getWidth() - 2 * TOAST_MARGIN));
        javafx.scene.control.Label text = new javafx.scene.control.Label(current);
        text.setId("toastText");
        text.setWrapText(true);
        text.setMaxWidth(room);
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(text);
        box.getStyleClass().add("toast");
        box.setMaxWidth(room);
        box.getStylesheets().setAll(scene.getStylesheets());
        javafx.stage.Popup popup = new javafx.stage.Popup();
        popup.getContent().add(box);
        popup.setAutoFix(true);
        box.setOnMouseClicked(e -> popup.hide());
        popup.show(window, window.getX(), window.getY());
        Runnable place = () -> place(popup, box, window);
        place.run();
        // a window resized or moved while the toast shows keeps it inside
        javafx.beans.InvalidationListener follow = o -> place.run();
        scene.widthProperty().addListener(follow);
        scene.heightProperty().addListener(follow);
        window.xProperty().addListener(follow);
        window.yProperty().addListener(follow);
        popup.setOnHidden(e -> {
            scene.widthProperty().removeListener(follow);
            scene.heightProperty().removeListener(follow);
            window.xProperty().removeListener(follow);
            window.yProperty().removeListener(follow);
        });
        toast = popup;
        javafx.animation.PauseTransition turn = new javafx.animation.PauseTransition(TOAST_TIME);
        turn.setOnFinished(e -> {
            popup.hide();
            showNextToast();
        });
        turn.play();
    }

    private javafx.stage.Popup toast;

    private static void place(javafx.stage.Popup popup, javafx.scene.layout.StackPane box, Window window) {
        javafx.scene.Scene scene = window.getScene();
        if (scene == null) {
            return;
        }
        double room = Math.max(120, Math.min(TOAST_MAX_WIDTH, scene.getWidth() - 2 * TOAST_MARGIN));
        box.setMaxWidth(room);
        box.getChildren().forEach(n -> ((javafx.scene.layout.Region) n).setMaxWidth(room));
        box.applyCss();
        double width = Math.min(box.prefWidth(-1), room);
        double height = box.prefHeight(width);
        box.resize(width, height);
        double left = window.getX() + scene.getX();
        double top = window.getY() + scene.getY();
        popup.setX(Math.max(left + TOAST_MARGIN, left + scene.getWidth() - width - TOAST_MARGIN));
        popup.setY(Math.max(top + TOAST_MARGIN, top + scene.getHeight() - height - TOAST_BOTTOM));
    }

    /** The toast on screen, if any (tests check that it stays inside the window). */
    public java.util.Optional<javafx.stage.Popup> toast() {
        return java.util.Optional.ofNullable(toast).filter(javafx.stage.Popup::isShowing);
    }

    private ButtonType ok() {
        return new ButtonType(messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner.get());
        alert.getDialogPane().setMinWidth(420);
        alert.getDialogPane().setId("dialog-" + type.name().toLowerCase(Locale.ROOT));
        if (message != null && (message.length() > LONG_MESSAGE || message.lines().count() > LONG_LINES)) {
            // a long message scrolls inside a dialog that fits a 768-pixel screen, its buttons in view
            javafx.scene.control.Label text = new javafx.scene.control.Label(message);
            text.setWrapText(true);
            text.setMaxWidth(520);
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(text);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(360);
            scroll.setPrefViewportWidth(540);
            alert.getDialogPane().setContent(scroll);
        }
        alert.setResizable(false);
        return alert;
    }

    private static FileChooser chooser(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        return chooser;
    }
}

package org.refunddesk.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

import org.controlsfx.control.Notifications;
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
        Window window = owner.get();
        Notifications notification = Notifications.create().text(message).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(4));
        if (window != null) {
            notification.owner(window);
        }
        notification.show();
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
        return alert;
    }

    private static FileChooser chooser(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        return chooser;
    }
}

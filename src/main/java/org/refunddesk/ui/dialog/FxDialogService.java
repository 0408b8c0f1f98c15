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
        this(owner, messages, Duration.seconds(4));
    }

    /** With toasts shown for {@code toastTime} each (tests take their time to act while one shows). */
    public FxDialogService(Supplier<Window> owner, Messages messages, Duration toastTime) {
        this.owner = owner;
        this.messages = messages;
        this.toastTime = toastTime;
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
    private final Duration toastTime;
    private final java.util.Deque<String> pending = new java.util.ArrayDeque<>();
    private String current;

    private static final double TOAST_MARGIN = 16;
    private static final double TOAST_MAX_WIDTH = 460;
    /** Keeps the toast above the status bar. */
    private static final double TOAST_BOTTOM = 36;

    /**
     * Our own toast instead of ControlsFX's Notifications: those size themselves before their text is laid
     * out and so stuck out past the window's right and bottom edges on a 1024x700 screen. This one wraps its
     * text to the window's width and is placed inside the window, clear of its buttons (see {@link #place}).
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
        // the window's content changes under it (Home's cards arrive after the start-up notice): move aside again
        // (at most a few times a second: pulses run at 60 a second while any animation plays)
        long[] last = {0};
        Runnable relayout = () -> {
            long now = System.nanoTime();
            if (now - last[0] > 150_000_000L) {
                last[0] = now;
                place.run();
            }
        };
        scene.addPostLayoutPulseListener(relayout);
        popup.setOnHidden(e -> {
            scene.widthProperty().removeListener(follow);
            scene.heightProperty().removeListener(follow);
            window.xProperty().removeListener(follow);
            window.yProperty().removeListener(follow);
            scene.removePostLayoutPulseListener(relayout);
        });
        toast = popup;
        javafx.animation.PauseTransition turn = new javafx.animation.PauseTransition(toastTime);
        turn.setOnFinished(e -> {
            popup.hide();
            showNextToast();
        });
        turn.play();
    }

    private javafx.stage.Popup toast;

    /** Room between two places tried for a toast, upwards from the bottom. */
    private static final double TOAST_STEP = 24;

    /**
     * Puts the toast inside the window where it covers no button, link or field (Home's last "open case" button
     * sat under the bottom-right corner): bottom right, else bottom left, else the first free place higher up;
     * bottom right when every place covers something. A place still free is kept, so the toast does not jump.
     */
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
        java.util.List<javafx.geometry.Bounds> keepClear = new java.util.ArrayList<>();
        actionable(scene.getRoot(), null, keepClear);
        double right = Math.max(TOAST_MARGIN, scene.getWidth() - width - TOAST_MARGIN);
        double bottom = Math.max(TOAST_MARGIN, scene.getHeight() - height - TOAST_BOTTOM);
        double[] chosen = {right, bottom};
        double[] kept = (double[]) box.getProperties().get(TOAST_AT);
        if (kept != null && kept[0] <= right && kept[1] <= bottom && free(kept[0], kept[1], width, height, keepClear)) {
            chosen = kept;
        } else {
            search:
            for (double y = bottom; y >= TOAST_MARGIN; y -= TOAST_STEP) {
                for (double x : new double[] {right, TOAST_MARGIN}) {
                    if (free(x, y, width, height, keepClear)) {
                        chosen = new double[] {x, y};
                        break search;
                    }
                }
            }
        }
        box.getProperties().put(TOAST_AT, chosen);
        popup.setX(left + chosen[0]);
        popup.setY(top + chosen[1]);
    }

    private static final String TOAST_AT = "refunddesk.toastAt";

    private static boolean free(double x, double y, double width, double height, java.util.List<javafx.geometry.Bounds> keepClear) {
        javafx.geometry.BoundingBox toast = new javafx.geometry.BoundingBox(x, y, width, height);
        return keepClear.stream().noneMatch(toast::intersects);
    }

    /**
     * The parts of the scene a user can act on (buttons, links, fields, choices) that are shown: visible, enabled,
     * inside the clip of their scroll pane. {@code shown} is the part of the scene the ancestors' clips leave.
     */
    private static void actionable(javafx.scene.Node node, javafx.geometry.Bounds shown,
                                   java.util.List<javafx.geometry.Bounds> found) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() == 0) {
            return;
        }
        javafx.geometry.Bounds area = shown;
        if (node.getClip() != null) {
            javafx.geometry.Bounds clip = node.localToScene(node.getClip().getBoundsInParent());
            area = area == null ? clip : intersection(area, clip);
            if (area == null) {
                return;
            }
        }
        if (node instanceof javafx.scene.control.ButtonBase || node instanceof javafx.scene.control.TextInputControl
                || node instanceof javafx.scene.control.ComboBoxBase<?> || node instanceof javafx.scene.control.ChoiceBox<?>
                || node instanceof javafx.scene.control.Spinner<?> || node instanceof javafx.scene.control.Slider) {
            javafx.geometry.Bounds bounds = node.localToScene(node.getLayoutBounds());
            javafx.geometry.Bounds seen = area == null ? bounds : intersection(area, bounds);
            if (seen != null && seen.getWidth() > 0 && seen.getHeight() > 0) {
                found.add(seen);
            }
            return;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                actionable(child, area, found);
            }
        }
    }

    private static javafx.geometry.Bounds intersection(javafx.geometry.Bounds a, javafx.geometry.Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
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

package org.refunddesk.ui.privacy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.WrongPassphraseException;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * After a stretch without keyboard or mouse input the window's content is hidden (not just covered: it is made
 * invisible, so a screenshot or a screen reader finds nothing) and the passphrase is asked again. The store
 * stays open underneath, so reminders keep their state; only what is shown is locked.
 */
public final class IdleLock {
    private final StackPane root;
    private final Node content;
    private final UnlockPane unlock;
    private final PauseTransition idle;
    private final BooleanProperty locked = new SimpleBooleanProperty(this, "locked");

    public IdleLock(Parent content, Duration after, Path dataDir, Messages messages, TaskExecutor tasks) {
        this.content = content;
        this.unlock = new UnlockPane(messages, messages.get("privacy.lock.title"), secret -> check(dataDir, secret, messages, tasks));
        unlock.setVisible(false);
        this.root = new StackPane(content, unlock);
        root.setId("idleLockRoot");
        idle = new PauseTransition(javafx.util.Duration.millis(after.toMillis()));
        idle.setOnFinished(e -> lockNow());
        EventHandler<Event> activity = e -> {
            if (!locked.get()) {
                idle.playFromStart();
            }
        };
        root.addEventFilter(KeyEvent.ANY, activity::handle);
        root.addEventFilter(MouseEvent.MOUSE_MOVED, activity::handle);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, activity::handle);
        root.addEventFilter(ScrollEvent.ANY, activity::handle);
        idle.playFromStart();
    }

    /** The scene root: the window's content with the lock over it. */
    public StackPane root() {
        return root;
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    public void lockNow() {
        idle.stop();
        content.setVisible(false);
        unlock.reset();
        unlock.setVisible(true);
        locked.set(true);
        unlock.focus();
    }

    public void stop() {
        idle.stop();
    }

    private void check(Path dataDir, char[] secret, Messages messages, TaskExecutor tasks) {
        BackgroundTask.of(messages.get("privacy.unlock.checking"), progress -> {
                    try {
                        StoreEncryption.unlock(dataDir, secret);
                        return true;
                    } catch (WrongPassphraseException e) {
                        return false;
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                })
                .onSuccess(ok -> {
                    if (ok) {
                        unlock.setVisible(false);
                        content.setVisible(true);
                        locked.set(false);
                        idle.playFromStart();
                    } else {
                        unlock.wrong();
                    }
                })
                .onFailure(error -> unlock.wrong())
                .executeWith(tasks);
    }
}

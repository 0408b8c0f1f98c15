package org.refunddesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Consumer;

import javafx.scene.Scene;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.WrongPassphraseException;
import org.refunddesk.ui.privacy.UnlockPane;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * At start, an encrypted store's passphrase: the unlock screen in the window; each try opens the store off the FX
 * thread. A wrong passphrase is said on the screen and asked again; the typed secret is wiped after each try.
 */
final class PassphraseStep {
    private final Clock clock;
    private final TaskExecutor tasks;
    private final Consumer<Database> prepare;
    private final Consumer<Database> opened;
    private final Consumer<Throwable> failed;

    /**
     * {@code prepare} runs on the worker once the store is open (hand-over, rules); {@code opened} on the FX thread
     * with the open store; {@code failed} on the FX thread when it cannot be opened for another reason.
     */
    PassphraseStep(Clock clock, TaskExecutor tasks, Consumer<Database> prepare, Consumer<Database> opened,
                   Consumer<Throwable> failed) {
        this.clock = clock;
        this.tasks = tasks;
        this.prepare = prepare;
        this.opened = opened;
        this.failed = failed;
    }

    /** Puts the unlock screen in the scene and focuses it. */
    void ask(Scene scene, Path dataDir, Messages messages) {
        UnlockPane[] pane = {null};
        pane[0] = new UnlockPane(messages, messages.get("privacy.unlock.title"), secret ->
                BackgroundTask.of(messages.get("ui.startup.opening"), progress -> {
                            try {
                                Database db = Database.open(dataDir, clock, StoreEncryption.unlock(dataDir, secret));
                                prepare.accept(db);
                                return db;
                            } catch (WrongPassphraseException wrong) {
                                return null;
                            } finally {
                                Arrays.fill(secret, '\0');
                            }
                        })
                        .onSuccess(db -> {
                            if (db == null) {
                                pane[0].wrong();
                            } else {
                                opened.accept(db);
                            }
                        })
                        .onFailure(failed::accept)
                        .executeWith(tasks));
        scene.setRoot(pane[0]);
        pane[0].focus();
    }
}

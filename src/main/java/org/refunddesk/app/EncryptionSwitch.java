package org.refunddesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

import javafx.stage.Stage;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.WrongPassphraseException;
import org.refunddesk.store.crypto.KdfParams;
import org.refunddesk.store.crypto.RecoveryKey;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.privacy.EncryptionRequest;
import org.refunddesk.ui.privacy.PassphraseForm;
import org.refunddesk.ui.privacy.RecoveryKeyDialog;
import org.refunddesk.ui.privacy.StoreRewritePane;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * Settings' and Home's encryption buttons: asks with {@link PassphraseForm}, then closes the store, rewrites it
 * with {@link StoreEncryption} off the FX thread (which copies the store to backups/ first and puts the copy back
 * if anything fails) behind a progress bar, shows the recovery key once, and starts the window again, which for
 * an encrypted store asks for the passphrase first.
 */
final class EncryptionSwitch {
    /** Detaches the open store from the window (FX thread) and returns what closes it (worker thread). */
    interface StoreDetach {
        Runnable detach();
    }

    private final Stage stage;
    private final Path dataDir;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final Supplier<KdfParams> kdf;
    private final StoreDetach store;
    private final Runnable restart;

    EncryptionSwitch(Stage stage, Path dataDir, Clock clock, TaskExecutor tasks, DialogService dialogs, Messages m,
                     Supplier<KdfParams> kdf, StoreDetach store, Runnable restart) {
        this.stage = stage;
        this.dataDir = dataDir;
        this.clock = clock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = m;
        this.kdf = kdf;
        this.store = store;
        this.restart = restart;
    }

    /** On the FX thread: the form; on OK the store is closed and rewritten, then the window starts again. */
    void ask(EncryptionRequest.Kind kind) {
        new PassphraseForm(stage, m, kind).showAndWait().ifPresent(this::rewrite);
    }

    private record Outcome(String message, RecoveryKey recoveryKey) {
    }

    private void rewrite(EncryptionRequest request) {
        StoreRewritePane pane = new StoreRewritePane(m, request.kind());
        Runnable close = store.detach();
        stage.getScene().setRoot(pane);
        BackgroundTask.of(m.get("encryption.done.title"), progress -> {
                    close.run();
                    StoreEncryption encryption = new StoreEncryption(dataDir, clock).onProgress(pane::evidence);
                    return switch (request.kind()) {
                        case ENCRYPT -> {
                            StoreEncryption.Encrypted done = encryption.encrypt(request.newPassphrase(), kdf.get(),
                                    request.recoveryKey());
                            yield new Outcome(m.get("encryption.done.encrypt", done.evidenceFiles()), done.recoveryKey());
                        }
                        case CHANGE -> new Outcome(m.get("encryption.done.change",
                                encryption.changePassphrase(request.current(), request.newPassphrase(), kdf.get())), null);
                        case REMOVE -> new Outcome(m.get("encryption.done.remove",
                                encryption.decrypt(request.current())), null);
                    };
                })
                .onSuccess(outcome -> {
                    if (outcome.recoveryKey() != null) {
                        new RecoveryKeyDialog(stage, m, dialogs, tasks, outcome.recoveryKey().text()).showAndWait();
                    }
                    dialogs.info(m.get("encryption.done.title"), outcome.message());
                    restart.run();
                })
                .onFailure(error -> {
                    // StoreEncryption put the safety copy back: the store is as it was
                    dialogs.error(m.get("encryption.done.title"), error instanceof WrongPassphraseException
                            ? m.get("encryption.failed.wrong") : m.get("encryption.failed", error.getMessage()));
                    restart.run();
                })
                .onFinished(request::wipe)
                .executeWith(tasks);
    }
}

package org.refunddesk.ui.cases;

import java.nio.file.Path;
import java.util.List;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.StoreFailures;
import org.refunddesk.store.StoreUnusableException;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * A save refused because the disk is full: says so in words with what to do (free space), and offers 再试一次, which
 * checks the free space again in the background, reopens the store for writing and saves again; still full, it says
 * so again. Cancelling leaves the store read-only: the cases can still be read, exported and backed up elsewhere.
 */
final class DiskFullRetry {
    private final DialogService dialogs;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final CaseRepository repository;
    private final Path dataDir;

    DiskFullRetry(DialogService dialogs, Messages messages, TaskExecutor tasks, CaseRepository repository, Path dataDir) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.tasks = tasks;
        this.repository = repository;
        this.dataDir = dataDir;
    }

    static boolean isDiskFull(Throwable error) {
        return StoreFailures.classify(error).filter(k -> k == StoreUnusableException.Kind.DISK_FULL).isPresent();
    }

    /** Asks; when the person picks 再试一次, checks the space again and then runs {@code saveAgain}. */
    void offer(Runnable saveAgain) {
        boolean retry = dialogs.choose(messages.get("diskfull.title"), messages.get("diskfull.save", String.valueOf(dataDir)),
                List.of(messages.get("diskfull.retry"))).isPresent();
        if (!retry) {
            return;
        }
        BackgroundTask.of(messages.get("diskfull.task"), progress -> {
                    repository.retryWrites();
                    return Boolean.TRUE;
                })
                .onSuccess(reopened -> saveAgain.run())
                .onFailure(still -> {
                    if (isDiskFull(still)) {
                        offer(saveAgain);
                    } else {
                        LoadErrorText said = LoadErrorText.of(messages, "cases.error.save", still, dataDir);
                        dialogs.error(said.title(), said.text());
                    }
                })
                .executeWith(tasks);
    }
}

package org.refunddesk.ui.handover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFileException;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * A file the app was asked to open (double-clicked, or handed over by a second launch): a case file gets
 * an import preview (title, platform, amount, events; import or cancel), a full backup gets a restore
 * preview whose "Restore…" goes on to the restore route, which shows what would be replaced before it
 * changes anything. Reading and storing run off the FX thread; nothing is stored until the user says so.
 */
public final class FileHandover {
    private static final String BACKUP_SUFFIX = ".rdbackup";

    private final AppServices services;
    private final Messages messages;
    private final DialogService dialogs;
    private final CaseRepository repository;
    private final Supplier<Window> owner;
    private final Runnable casesChanged;
    private final Consumer<Path> restoreRoute;
    private final HandoverDialogs views;

    /**
     * {@code casesChanged} reloads the case list after an import; {@code restoreRoute} continues a backup's
     * restore (with its own confirmation) once the user chose "Restore…" in the preview.
     */
    public FileHandover(AppServices services, Supplier<Window> owner, Runnable casesChanged,
                        Consumer<Path> restoreRoute) {
        this.services = services;
        this.messages = services.messages();
        this.dialogs = services.dialogs();
        this.repository = services.cases();
        this.owner = owner;
        this.casesChanged = casesChanged;
        this.restoreRoute = restoreRoute;
        this.views = new HandoverDialogs(messages);
    }

    /** Call on the FX thread. */
    public void open(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(BACKUP_SUFFIX)) {
            previewBackup(file);
        } else {
            previewCase(file);
        }
    }

    private void previewCase(Path file) {
        BackgroundTask.of(messages.get("handover.case.reading"), progress -> {
                    RefundCase read = CaseFiles.readCase(file);
                    return CaseFilePreview.of(read, repository.find(read.id()).isPresent());
                })
                .onSuccess(preview -> {
                    if (views.confirmImport(owner.get(), file, preview)) {
                        importCase(preview.refundCase());
                    }
                })
                .onFailure(error -> failed(file, error))
                .executeWith(services.tasks());
    }

    private void importCase(RefundCase refundCase) {
        BackgroundTask.of(messages.get("handover.case.importing"), progress -> {
                    if (repository.find(refundCase.id()).isPresent()) {
                        throw new CaseFileException("id", messages.get("handover.case.exists"));
                    }
                    return repository.create(refundCase);
                })
                .onSuccess(created -> {
                    casesChanged.run();
                    dialogs.notify(messages.get("handover.case.imported", created.title()));
                })
                .onFailure(error -> dialogs.error(messages.get("handover.case.title"), detail(error)))
                .executeWith(services.tasks());
    }

    private void previewBackup(Path file) {
        BackgroundTask.of(messages.get("handover.backup.reading"), progress -> Files.size(file))
                .onSuccess(size -> {
                    if (views.confirmRestore(owner.get(), file, size)) {
                        restoreRoute.accept(file);
                    }
                })
                .onFailure(error -> failed(file, error))
                .executeWith(services.tasks());
    }

    private void failed(Path file, Throwable error) {
        String key = error instanceof CaseFileException ? "handover.badFile" : "handover.unreadable";
        dialogs.error(messages.get("handover.failed.title"),
                messages.get(key, file.getFileName().toString(), detail(error)));
    }

    private static String detail(Throwable error) {
        if (error instanceof IOException && error.getMessage() != null) {
            return error.getClass().getSimpleName() + ": " + error.getMessage();
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}

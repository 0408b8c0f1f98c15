package org.refunddesk.ui.cases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFileException;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * File → Import case file / Export case / Backup all / Restore, through {@link CaseFiles}. Files are
 * read and written off the FX thread; a bad file is refused with its JSON-path message and the store
 * is left as it was; restoring asks first, after the backup was read and checked.
 */
public final class CaseTransferViewModel {
    private final CaseRepository repository;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final AppServices services;
    private final Supplier<Optional<RefundCase>> selected;
    private final Runnable casesChanged;

    /** {@code selected} gives the case to export; {@code casesChanged} reloads the list after import / restore. */
    public CaseTransferViewModel(AppServices services, Supplier<Optional<RefundCase>> selected, Runnable casesChanged) {
        this.services = services;
        this.repository = services.cases();
        this.tasks = services.tasks();
        this.dialogs = services.dialogs();
        this.messages = services.messages();
        this.selected = selected;
        this.casesChanged = casesChanged;
    }

    public void importCase() {
        dialogs.showFileOpen(messages.get("cases.transfer.import.title"), caseFileType()).ifPresent(file ->
                BackgroundTask.of(messages.get("cases.transfer.import.task"), progress -> {
                            // the whole file is checked before the store is touched
                            RefundCase read = CaseFiles.readCase(file);
                            if (repository.find(read.id()).isPresent()) {
                                throw new CaseFileException("id",
                                        messages.get("cases.transfer.import.exists", read.id().toString()));
                            }
                            return repository.create(read);
                        })
                        .onSuccess(created -> {
                            casesChanged.run();
                            dialogs.notify(messages.get("cases.transfer.import.done", created.title()));
                        })
                        .onFailure(error -> failed("cases.transfer.import.failed", error))
                        .executeWith(tasks));
    }

    public void exportSelected() {
        Optional<RefundCase> chosen = selected.get();
        if (chosen.isEmpty()) {
            dialogs.info(messages.get("cases.transfer.export.title"), messages.get("cases.transfer.export.noSelection"));
            return;
        }
        RefundCase refundCase = chosen.get();
        dialogs.showFileSave(messages.get("cases.transfer.export.title"), fileNameFor(refundCase.title()), caseFileType())
                .ifPresent(file -> BackgroundTask.of(messages.get("cases.transfer.export.task"), progress -> {
                            CaseFiles.writeCase(refundCase, file);
                            return file;
                        })
                        .onSuccess(written -> dialogs.notify(messages.get("cases.transfer.export.done", written.toString())))
                        .onFailure(error -> failed("cases.transfer.export.failed", error))
                        .executeWith(tasks));
    }

    public void backupAll() {
        String suggested = "refunddesk-backup-" + LocalDate.ofInstant(services.clock().instant(), DateTimeText.SHANGHAI)
                + ".json";
        dialogs.showFileSave(messages.get("cases.transfer.backup.title"), suggested, backupFileType())
                .ifPresent(file -> BackgroundTask.of(messages.get("cases.transfer.backup.task"), progress -> {
                            progress.message(messages.get("cases.transfer.backup.reading"));
                            List<RefundCase> all = repository.list();
                            progress.update(1, 2);
                            progress.message(messages.get("cases.transfer.backup.writing", all.size()));
                            CaseFiles.writeBackup(all, services.clock().instant(), file);
                            progress.update(2, 2);
                            return all.size();
                        })
                        .onSuccess(count -> dialogs.notify(messages.get("cases.transfer.backup.done", count, file.toString())))
                        .onFailure(error -> failed("cases.transfer.backup.failed", error))
                        .executeWith(tasks));
    }

    public void restore() {
        dialogs.showFileOpen(messages.get("cases.transfer.restore.title"), backupFileType()).ifPresent(this::restoreFrom);
    }

    /** Restores from a file already chosen (e.g. a double-clicked backup): read and checked first, then asked. */
    public void restoreFrom(Path file) {
        BackgroundTask.of(messages.get("cases.transfer.restore.reading"),
                        progress -> new ReadBackup(CaseFiles.readBackup(file), repository.count()))
                .onSuccess(read -> confirmAndReplace(file, read))
                .onFailure(error -> failed("cases.transfer.restore.failed", error))
                .executeWith(tasks);
    }

    private record ReadBackup(List<RefundCase> cases, int storedBefore) {
    }

    private void confirmAndReplace(Path file, ReadBackup read) {
        boolean confirmed = dialogs.confirm(messages.get("cases.transfer.restore.title"),
                messages.get("cases.transfer.restore.question", file.getFileName().toString(), read.cases().size(),
                        read.storedBefore()));
        if (!confirmed) {
            return;
        }
        BackgroundTask.of(messages.get("cases.transfer.restore.task"), progress -> {
                    repository.replaceAll(read.cases());
                    return read.cases().size();
                })
                .onSuccess(count -> {
                    casesChanged.run();
                    dialogs.notify(messages.get("cases.transfer.restore.done", count));
                })
                .onFailure(error -> failed("cases.transfer.restore.failed", error))
                .executeWith(tasks);
    }

    private void failed(String titleKey, Throwable error) {
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String key = error instanceof CaseFileException ? "cases.transfer.badFile" : "cases.transfer.ioFailed";
        dialogs.error(messages.get(titleKey), messages.get(key, detail));
    }

    /** A file name from the title: characters that file systems refuse become "_". */
    static String fileNameFor(String title) {
        String base = title == null || title.isBlank() ? "case" : title.trim().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return base + ".refundcase.json"; // the installed app opens this suffix on a double-click
    }

    private FileType caseFileType() {
        return FileType.of(messages.get("cases.transfer.caseFileType"), "*.json");
    }

    private FileType backupFileType() {
        return FileType.of(messages.get("cases.transfer.backupFileType"), "*.json");
    }
}

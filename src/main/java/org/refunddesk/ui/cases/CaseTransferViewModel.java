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
import org.refunddesk.store.StoreRestore;
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
    private final FullBackupActions backups;

    /** {@code selected} gives the case to export; {@code casesChanged} reloads the list after import / restore. */
    public CaseTransferViewModel(AppServices services, Supplier<Optional<RefundCase>> selected, Runnable casesChanged) {
        this(services, selected, casesChanged, null);
    }

    /** With {@code backups}, 备份全部 writes a full backup and 恢复备份 previews and asks replace or merge. */
    public CaseTransferViewModel(AppServices services, Supplier<Optional<RefundCase>> selected, Runnable casesChanged,
                                 FullBackupActions backups) {
        this.backups = backups;
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
        if (backups != null) {
            backupFull();
            return;
        }
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
        dialogs.showFileOpen(messages.get("cases.transfer.restore.title"),
                backups != null ? restorableType() : backupFileType()).ifPresent(this::restoreFrom);
    }

    /** Restores from a file already chosen (e.g. a double-clicked backup): read and checked first, then asked. */
    public void restoreFrom(Path file) {
        if (backups != null) {
            restoreFull(file);
            return;
        }
        BackgroundTask.of(messages.get("cases.transfer.restore.reading"),
                        progress -> new ReadBackup(CaseFiles.readBackup(file), repository.count()))
                .onSuccess(read -> confirmAndReplace(file, read))
                .onFailure(error -> failed("cases.transfer.restore.failed", error))
                .executeWith(tasks);
    }

    private void backupFull() {
        String suggested = "refunddesk-" + LocalDate.ofInstant(services.clock().instant(), DateTimeText.SHANGHAI)
                + ".rdbackup";
        dialogs.showFileSave(messages.get("cases.transfer.backup.title"), suggested, fullBackupType())
                .ifPresent(file -> BackgroundTask.of(messages.get("cases.transfer.backup.task"), progress -> {
                            progress.message(messages.get("cases.transfer.backup.reading"));
                            return backups.backup(file);
                        })
                        .onSuccess(written -> {
                            if (written.notCopied().isEmpty()) {
                                dialogs.notify(messages.get("backup.full.done", written.cases(), written.files(), file));
                            } else {
                                dialogs.error(messages.get("cases.transfer.backup.title"),
                                        messages.get("backup.full.done", written.cases(), written.files(), file) + "\n"
                                                + String.join("\n", written.notCopied().stream()
                                                .map(p -> messages.get("backup.full.notCopied", p)).toList()));
                            }
                        })
                        .onFailure(error -> failed("cases.transfer.backup.failed", error))
                        .executeWith(tasks));
    }

    private record Previews(StoreRestore.Plan replace, StoreRestore.Plan merge) {
    }

    private void restoreFull(Path file) {
        BackgroundTask.of(messages.get("cases.transfer.restore.reading"),
                        progress -> new Previews(backups.preview(file, StoreRestore.Mode.REPLACE),
                                backups.preview(file, StoreRestore.Mode.MERGE)))
                .onSuccess(previews -> chooseAndRestore(file, previews))
                .onFailure(error -> failed("cases.transfer.restore.failed", error))
                .executeWith(tasks);
    }

    private void chooseAndRestore(Path file, Previews previews) {
        StoreRestore.Plan r = previews.replace();
        StoreRestore.Plan m = previews.merge();
        String preview = messages.get("backup.gui.preview", file.getFileName().toString(),
                r.added().size(), r.replaced().size(), r.removed().size(), r.evidenceRestored().size(),
                r.evidenceTrashed().size(), m.added().size(), m.replaced().size(), m.evidenceTrashed().size());
        Optional<Integer> choice = dialogs.choose(messages.get("cases.transfer.restore.title"), preview,
                List.of(messages.get("backup.gui.replace"), messages.get("backup.gui.merge")));
        if (choice.isEmpty()) {
            return;
        }
        StoreRestore.Mode mode = choice.get() == 0 ? StoreRestore.Mode.REPLACE : StoreRestore.Mode.MERGE;
        BackgroundTask.of(messages.get("cases.transfer.restore.task"), progress -> backups.restore(file, mode))
                .onSuccess(safety -> {
                    casesChanged.run();
                    dialogs.info(messages.get("cases.transfer.restore.title"), messages.get("backup.gui.done",
                            safety == null ? messages.get("backup.gui.noSafety") : safety.toString()));
                })
                .onFailure(error -> failed("cases.transfer.restore.failed", error))
                .executeWith(tasks);
    }

    private FileType fullBackupType() {
        return FileType.of(messages.get("backup.gui.fileType"), "*.rdbackup");
    }

    private FileType restorableType() {
        return FileType.of(messages.get("backup.gui.restorableType"), "*.rdbackup", "*.json");
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

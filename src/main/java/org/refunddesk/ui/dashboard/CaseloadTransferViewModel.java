package org.refunddesk.ui.dashboard;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.ics.IcsExporter;
import org.refunddesk.exchange.xlsx.ColumnMapping;
import org.refunddesk.exchange.xlsx.ImportIssue;
import org.refunddesk.exchange.xlsx.ImportPreview;
import org.refunddesk.exchange.xlsx.ImportTable;
import org.refunddesk.exchange.xlsx.XlsxCaseExporter;
import org.refunddesk.exchange.xlsx.XlsxCaseImporter;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * Spreadsheet and calendar exchange for the caseload: export the shown (or selected) cases to .xlsx,
 * the open deadlines to .ics, and import cases from .xlsx / .csv — read and checked off the FX thread,
 * errors shown by row and column, stored all at once only after the user confirms.
 */
public final class CaseloadTransferViewModel {
    /** How many cell errors the error dialog lists before saying "and N more". */
    static final int ERRORS_SHOWN = 20;

    private final CaseRepository repository;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final AppServices services;
    private final Supplier<List<CaseOverview>> cases;
    private final Runnable imported;
    private final CaseOverviews overviews;
    private final ImportMappingPrompt mappingPrompt;
    /** "Show full details": off by default; ticking it asks first, since the file is then for the user's own use only. */
    private final javafx.beans.property.BooleanProperty showInFull = new javafx.beans.property.SimpleBooleanProperty(false);

    /** Asks the user to map a file's columns to fields (modal); true when the user confirmed the import. */
    @FunctionalInterface
    public interface ImportMappingPrompt {
        boolean confirm(ImportMappingModel mapping);
    }

    /** Without an evidence vault, and declining files whose headers are not the export's own. */
    public CaseloadTransferViewModel(AppServices services, Supplier<List<CaseOverview>> cases, Runnable imported) {
        this(services, new CaseOverviews(services.insights(), null), m -> false, cases, imported);
    }

    /**
     * @param cases         what an export writes (the shown or selected cases); null: every stored case
     * @param mappingPrompt shown when a file's headers are not the export's own
     */
    public CaseloadTransferViewModel(AppServices services, CaseOverviews overviews, ImportMappingPrompt mappingPrompt,
                                     Supplier<List<CaseOverview>> cases, Runnable imported) {
        this.overviews = overviews;
        this.mappingPrompt = mappingPrompt;
        this.services = services;
        this.repository = services.cases();
        this.tasks = services.tasks();
        this.dialogs = services.dialogs();
        this.messages = services.messages();
        this.cases = cases;
        this.imported = imported;
        showInFull.addListener((o, was, now) -> {
            if (now && !dialogs.confirm(messages.get("privacy.export.showInFull"),
                    messages.get("privacy.export.showInFull.confirm"))) {
                showInFull.set(false);
            }
        });
    }

    public javafx.beans.property.BooleanProperty showInFullProperty() {
        return showInFull;
    }

    public void exportXlsx() {
        List<CaseOverview> chosen = cases.get();
        dialogs.showFileSave(messages.get("caseload.ui.exportXlsx"), "cases.xlsx", xlsxType()).ifPresent(file -> {
            boolean full = showInFull.get();
            BackgroundTask.of(messages.get("caseload.ui.exportXlsx"), progress -> {
                        List<CaseOverview> selected = chosen != null ? whole(chosen) : allStored();
                        return new XlsxCaseExporter(messages, full).export(selected, selected.size(), file,
                                progress::update);
                    })
                    .onSuccess(n -> dialogs.notify(messages.get("caseload.export.done", n, file)))
                    .onFailure(this::showError)
                    .executeWith(tasks);
        });
    }

    public void exportIcs() {
        List<CaseOverview> chosen = cases.get();
        dialogs.showFileSave(messages.get("caseload.ui.exportIcs"), "deadlines.ics",
                FileType.of(messages.get("caseload.ui.icsFiles"), "*.ics")).ifPresent(file ->
                BackgroundTask.of(messages.get("caseload.ui.exportIcs"), progress ->
                                new IcsExporter(messages, IcsExporter.AlarmLeads.DEFAULTS, services.clock().instant())
                                        .export(chosen != null ? whole(chosen) : allStored(), file))
                        .onSuccess(n -> dialogs.notify(messages.get("caseload.ics.done", n, file)))
                        .onFailure(this::showError)
                        .executeWith(tasks));
    }

    /**
     * Reads and checks the file in the background; a file with the export's headers shows its errors or
     * asks to import, any other file opens the column-mapping dialog first.
     */
    public void importXlsx() {
        dialogs.showFileOpen(messages.get("caseload.ui.importXlsx"), xlsxType()).ifPresent(file ->
                BackgroundTask.of(messages.get("caseload.ui.task.reading"), progress -> read(file))
                        .onSuccess(this::mapOrConfirm)
                        .onFailure(this::showError)
                        .executeWith(tasks));
    }

    private Read read(Path file) throws java.io.IOException {
        XlsxCaseImporter importer = new XlsxCaseImporter(messages);
        ImportTable table = importer.read(file);
        List<RefundCase> existing = repository.list();
        ImportPreview preview = ImportMappingModel.recognised(table)
                ? importer.preview(table, ColumnMapping.detect(table.headers()), existing) : null;
        return new Read(table, existing, preview);
    }

    private void mapOrConfirm(Read read) {
        if (read.preview() != null) {
            confirmAndStore(read.preview());
            return;
        }
        ImportMappingModel mapping = new ImportMappingModel(read.table(), read.existing(), tasks, messages);
        if (mappingPrompt.confirm(mapping)) {
            store(mapping.casesToImport());
        }
    }

    private record Read(ImportTable table, List<RefundCase> existing, ImportPreview preview) {
    }

    private void confirmAndStore(ImportPreview preview) {
        if (preview.hasErrors()) {
            List<ImportIssue> errors = preview.errors();
            String listed = errors.stream().limit(ERRORS_SHOWN).map(e -> e.message(messages))
                    .collect(Collectors.joining("\n"));
            String more = errors.size() > ERRORS_SHOWN
                    ? "\n" + messages.get("caseload.ui.moreErrors", errors.size() - ERRORS_SHOWN) : "";
            dialogs.error(messages.get("caseload.import.failed", errors.size()), listed + more);
            return;
        }
        List<RefundCase> toImport = preview.casesToImport();
        String duplicates = preview.duplicates().stream().map(d -> d.message(messages)).collect(Collectors.joining("\n"));
        String question = messages.get("caseload.ui.importQuestion", toImport.size(), preview.duplicates().size())
                + (duplicates.isEmpty() ? "" : "\n\n" + duplicates);
        if (toImport.isEmpty() || !dialogs.confirm(messages.get("caseload.ui.importXlsx"), question)) {
            return;
        }
        store(toImport);
    }

    /** All the cases in one transaction, or none. */
    private void store(List<RefundCase> toImport) {
        BackgroundTask.of(messages.get("caseload.ui.task.importing", toImport.size()),
                        progress -> repository.createAll(toImport))
                .onSuccess(stored -> {
                    dialogs.notify(messages.get("caseload.import.done", stored.size()));
                    imported.run();
                })
                .onFailure(this::showError)
                .executeWith(tasks);
    }

    /**
     * The chosen rows as whole stored cases with their verdict and deadlines now (worker thread): the dashboard's
     * rows are read from summaries and hold only the listed columns, an export writes everything.
     */
    private List<CaseOverview> whole(List<CaseOverview> chosen) {
        var build = overviews.at(services.clock().instant());
        return chosen.stream().map(o -> repository.find(o.refundCase().id())).flatMap(java.util.Optional::stream)
                .map(build).toList();
    }

    /** Every stored case with its verdict and deadlines now (on the worker thread). */
    private List<CaseOverview> allStored() {
        return repository.list().stream().map(overviews.at(services.clock().instant())).toList();
    }

    private FileType xlsxType() {
        return FileType.of(messages.get("caseload.ui.sheetFiles"), "*.xlsx", "*.csv");
    }

    private void showError(Throwable error) {
        dialogs.error(messages.get("caseload.ui.error"), error.getMessage() == null ? error.toString() : error.getMessage());
    }
}

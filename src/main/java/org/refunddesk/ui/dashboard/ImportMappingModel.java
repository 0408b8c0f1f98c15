package org.refunddesk.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.xlsx.CaseColumn;
import org.refunddesk.exchange.xlsx.ColumnMapping;
import org.refunddesk.exchange.xlsx.ImportIssue;
import org.refunddesk.exchange.xlsx.ImportPreview;
import org.refunddesk.exchange.xlsx.ImportTable;
import org.refunddesk.exchange.xlsx.XlsxCaseImporter;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * The import column-mapping dialog without its controls: which field each file column feeds (detected
 * from the export's headers, changed by the user), and the preview of the whole file under that
 * mapping, checked off the FX thread again after each change. Import is possible only when no cell
 * has an error and the check of the current mapping has finished.
 */
public final class ImportMappingModel {
    /** How many rows the dialog previews. */
    public static final int PREVIEW_ROWS = 20;

    private final ImportTable table;
    private final List<RefundCase> existing;
    private final XlsxCaseImporter importer;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final BooleanBinding importable;
    private int generation;

    public ImportMappingModel(ImportTable table, List<RefundCase> existing, TaskExecutor tasks, Messages messages) {
        this.table = table;
        this.existing = List.copyOf(existing);
        this.importer = new XlsxCaseImporter(messages);
        this.tasks = tasks;
        this.messages = messages;
        importable = Bindings.createBooleanBinding(() -> !checking.get() && preview.get() != null
                && !preview.get().hasErrors() && !preview.get().casesToImport().isEmpty(), checking, preview);
        mapping.set(ColumnMapping.detect(table.headers()));
        check();
    }

    /** True when every file column with a header was recognised and nothing the import needs is missing. */
    public static boolean recognised(ImportTable table) {
        ColumnMapping detected = ColumnMapping.detect(table.headers());
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            if (header != null && !header.isBlank() && detected.fieldAt(i).isEmpty()) {
                return false;
            }
        }
        return detected.missingRequired().isEmpty();
    }

    public List<String> headers() {
        return table.headers();
    }

    /** The fields a column can feed (derived export columns are never read back); null means "ignore". */
    public List<CaseColumn> fieldChoices() {
        List<CaseColumn> choices = new ArrayList<>();
        choices.add(null);
        for (CaseColumn c : CaseColumn.values()) {
            if (!ColumnMapping.NOT_IMPORTED.contains(c)) {
                choices.add(c);
            }
        }
        return choices;
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public BooleanBinding importableProperty() {
        return importable;
    }

    public CaseColumn fieldOf(int fileColumn) {
        return mapping.get().fieldAt(fileColumn).orElse(null);
    }

    /** File column {@code fileColumn} feeds {@code field} (null: ignored); a column that fed it before is freed. */
    public void map(int fileColumn, CaseColumn field) {
        ColumnMapping current = mapping.get();
        CaseColumn before = fieldOf(fileColumn);
        if (field == before) {
            return;
        }
        ColumnMapping changed = before == null ? current : current.with(before, -1);
        mapping.set(field == null ? changed : changed.with(field, fileColumn));
        check();
    }

    /** The first rows of the file, as read. */
    public List<ImportTable.Row> previewRows() {
        return table.rows().stream().limit(PREVIEW_ROWS).toList();
    }

    /** The error of one cell under the current mapping, in the user's language; empty when it is fine. */
    public Optional<String> errorAt(int rowNumber, int fileColumn) {
        ImportPreview p = preview.get();
        CaseColumn field = fieldOf(fileColumn);
        if (p == null || field == null) {
            return Optional.empty();
        }
        return p.rows().stream().filter(r -> r.number() == rowNumber).flatMap(r -> r.issues().stream())
                .filter(i -> i.column() == field).findFirst().map(i -> i.message(messages));
    }

    /** Every error of the file (missing columns first), in the user's language. */
    public List<String> errors() {
        ImportPreview p = preview.get();
        return p == null ? List.of() : p.errors().stream().map((ImportIssue i) -> i.message(messages)).toList();
    }

    /** The cases to create when the user confirms; refused while any error remains. */
    public List<RefundCase> casesToImport() {
        if (!importable.get()) {
            throw new IllegalStateException("the import is not ready: " + errors().size() + " errors");
        }
        return preview.get().casesToImport();
    }

    public ImportPreview preview() {
        return preview.get();
    }

    /** Checks the whole file under the current mapping off the FX thread; a newer check wins over an older one. */
    private void check() {
        int mine = ++generation;
        ColumnMapping current = mapping.get();
        checking.set(true);
        BackgroundTask.of(messages.get("caseload.ui.task.reading"), progress -> importer.preview(table, current, existing))
                .onSuccess(result -> {
                    if (mine == generation) {
                        preview.set(result);
                        checking.set(false);
                    }
                })
                .onFailure(e -> checking.set(mine != generation && checking.get()))
                .executeWith(tasks);
    }
}

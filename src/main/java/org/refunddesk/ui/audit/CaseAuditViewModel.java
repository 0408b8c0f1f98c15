package org.refunddesk.ui.audit;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.exchange.AtomicFiles;
import org.refunddesk.exchange.CsvTableWriter;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.AuditEntry;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.state.CaseModel;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * A case's change record (issue 16's audit): who changed what and when, newest first, read off the FX thread from
 * the store's append-only trail whenever the case's one model changes; exported as CSV through a save dialog.
 */
public final class CaseAuditViewModel {
    /** One line as the table shows it. */
    public record Row(String when, String who, String what) {
    }

    private final AppServices services;
    private final Messages m;
    private final CaseModel model;
    private final Function<UUID, List<AuditEntry>> trail;
    private final AuditTexts texts;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int generation;

    /** {@code trail} reads one case's audit entries (the store's {@code CaseAudit::forCase}); it runs off the FX thread. */
    public CaseAuditViewModel(AppServices services, CaseModel model, Function<UUID, List<AuditEntry>> trail) {
        this.services = services;
        this.m = services.messages();
        this.model = model;
        this.trail = trail;
        this.texts = new AuditTexts(m);
        model.refundCaseProperty().addListener((o, was, now) -> reload());
        model.evidenceScoreProperty().addListener((o, was, now) -> reload());
    }

    /** Reads the trail again; an answer overtaken by a newer read is dropped. */
    public void reload() {
        int asked = ++generation;
        UUID id = model.id();
        loading.set(true);
        BackgroundTask.of(m.get("audit.task.load"), progress -> words(worthShowing(newestFirst(trail.apply(id)))))
                .onSuccess(read -> {
                    if (asked == generation) {
                        rows.setAll(read);
                        message.set(read.isEmpty() ? m.get("audit.empty") : "");
                    }
                })
                .onFailure(e -> {
                    if (asked == generation) {
                        rows.clear();
                        message.set(m.get("audit.error", String.valueOf(e.getMessage())));
                    }
                })
                .onFinished(() -> {
                    if (asked == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(services.tasks());
    }

    /** Asks where to save and writes the case's whole trail there as CSV, off the FX thread. */
    public void export() {
        String day = java.time.LocalDate.now(services.clock().withZone(java.time.ZoneId.of("Asia/Shanghai"))).toString();
        services.dialogs().showFileSave(m.get("audit.export.title"), m.get("audit.export.file", day),
                FileType.of(m.get("audit.export.type"), "*.csv")).ifPresent(this::exportTo);
    }

    private void exportTo(Path file) {
        UUID id = model.id();
        exporting.set(true);
        BackgroundTask.of(m.get("audit.task.export"), progress -> {
                    List<Row> lines = words(newestFirst(trail.apply(id)));
                    List<List<String>> cells = lines.stream().map(r -> List.of(r.when(), r.who(), r.what())).toList();
                    AtomicFiles.write(file, out -> CsvTableWriter.write(out, List.of(m.get("audit.column.when"),
                            m.get("audit.column.who"), m.get("audit.column.what")), cells));
                    return lines.size();
                })
                .onSuccess(n -> services.dialogs().notify(m.get("audit.export.done", n, file.toString())))
                .onFailure(e -> services.dialogs().error(m.get("audit.export.failed.title"),
                        m.get("audit.export.failed", file.toString(), String.valueOf(e.getMessage()))))
                .onFinished(() -> exporting.set(false))
                .executeWith(services.tasks());
    }

    /**
     * Leaves out the lines that only say a case's version or time moved (a change with no changed field): each
     * comes with the line that says what happened (an event added, fields saved). The export keeps every line.
     */
    private static List<AuditEntry> worthShowing(List<AuditEntry> entries) {
        return entries.stream().filter(e -> !("CASE_UPDATED".equals(e.action()) && AuditTexts.noFields(e.what()))).toList();
    }

    private static List<AuditEntry> newestFirst(List<AuditEntry> entries) {
        return entries.stream().sorted(Comparator.comparingLong(AuditEntry::seq).reversed()).toList();
    }

    private List<Row> words(List<AuditEntry> entries) {
        return entries.stream().map(e -> new Row(texts.when(e), texts.who(e), texts.what(e))).toList();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** What the section says besides its table: no entries yet, or why the trail could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Messages messages() {
        return m;
    }
}

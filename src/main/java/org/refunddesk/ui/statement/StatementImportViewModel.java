package org.refunddesk.ui.statement;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.statement.CandidateFinder;
import org.refunddesk.exchange.statement.PlannedCase;
import org.refunddesk.exchange.statement.Statement;
import org.refunddesk.exchange.statement.StatementCandidate;
import org.refunddesk.exchange.statement.StatementCasePlanner;
import org.refunddesk.exchange.statement.StatementException;
import org.refunddesk.exchange.statement.StatementReader;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseImportWriter;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * File → 导入账单…: pick a bill, read it and find its payments off the FX thread, let the user tick the
 * disputed ones among the likely ones listed (or among all payments), then create or update the cases and file the bill in each
 * case's evidence vault, again off the FX thread with progress in the status bar.
 */
public final class StatementImportViewModel {
    /** Shows the candidates (modal); true when the user chose to import the ticked ones. */
    @FunctionalInterface
    public interface Prompt {
        boolean confirm(StatementImportViewModel model);
    }

    private final AppServices services;
    private final EvidenceVault vault;
    private final Prompt prompt;
    private final Runnable imported;
    private final Messages messages;
    private final ObservableList<StatementCandidateRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.tickedProperty()});
    private final FilteredList<StatementCandidateRow> shown = new FilteredList<>(rows, StatementCandidateRow::ticked);
    private final BooleanProperty showAll = new SimpleBooleanProperty(false);
    private final BooleanBinding anyTicked = Bindings.createBooleanBinding(
            () -> rows.stream().anyMatch(StatementCandidateRow::ticked), rows);
    private Statement statement;
    private Path file;

    public StatementImportViewModel(AppServices services, EvidenceVault vault, Prompt prompt, Runnable imported) {
        this.services = services;
        this.vault = vault;
        this.prompt = prompt;
        this.imported = imported;
        this.messages = services.messages();
        // the likely payments, or every payment; a payment ticked by hand stays shown
        showAll.addListener((o, was, all) -> shown.setPredicate(all ? r -> true : this::listedByDefault));
        shown.setPredicate(this::listedByDefault);
    }

    private boolean listedByDefault(StatementCandidateRow row) {
        return row.candidate().likely() || row.ticked();
    }

    public void start() {
        services.dialogs().showFileOpen(messages.get("statements.ui.title"),
                FileType.of(messages.get("statements.ui.fileType"), "*.csv", "*.xlsx")).ifPresent(this::open);
    }

    /** Reads the bill in the background, then asks which payments to import. */
    public void open(Path bill) {
        BackgroundTask.of(messages.get("statements.ui.reading"), progress -> {
                    Statement read = new StatementReader().read(bill);
                    List<String> platforms = services.cases().list().stream().filter(c -> c.platform() != null)
                            .map(c -> c.platform().name()).toList();
                    return new Read(read, new CandidateFinder().find(read, platforms));
                })
                .onSuccess(read -> show(bill, read))
                .onFailure(this::showError)
                .executeWith(services.tasks());
    }

    private record Read(Statement statement, List<StatementCandidate> candidates) {
    }

    private void show(Path bill, Read read) {
        if (read.candidates().isEmpty()) {
            services.dialogs().info(messages.get("statements.ui.title"), messages.get("statements.ui.nothing"));
            return;
        }
        this.file = bill;
        this.statement = read.statement();
        showAll.set(false);
        rows.setAll(read.candidates().stream().map(StatementCandidateRow::new).toList());
        shown.setPredicate(this::listedByDefault);
        if (prompt.confirm(this)) {
            importTicked();
        }
    }

    /** Creates or updates a case per ticked payment, the bill attached to each; progress per case. */
    public void importTicked() {
        List<StatementCandidate> ticked = rows.stream().filter(StatementCandidateRow::ticked)
                .map(StatementCandidateRow::candidate).toList();
        if (ticked.isEmpty()) {
            return;
        }
        Statement bill = statement;
        Path source = file;
        BackgroundTask.of(messages.get("statements.ui.importing", ticked.size()), progress -> {
                    List<RefundCase> stored = services.cases().list();
                    List<PlannedCase> plan = new StatementCasePlanner(messages).plan(bill, ticked, stored);
                    progress.update(0, plan.size());
                    List<CaseImportWriter.Item> items = plan.stream().map(p -> new CaseImportWriter.Item(p.refundCase(),
                            p.existing(), new EvidenceAttachment(p.refundCase().id(), source,
                            EvidenceCategory.PAYMENT_STATEMENT, null, bill.exportedAt(), p.evidenceSource(), p.facts(),
                            p.evidenceNote(), true))).toList();
                    return new CaseImportWriter(services.cases(), vault).write(items, done -> progress.update(done, plan.size()));
                })
                .onSuccess(result -> {
                    services.dialogs().notify(messages.get("statements.ui.done", result.created().size(),
                            result.updated().size()));
                    imported.run();
                })
                .onFailure(this::showError)
                .executeWith(services.tasks());
    }

    private void showError(Throwable error) {
        String text = error instanceof StatementException e ? e.message(messages)
                : error.getMessage() == null ? error.toString() : error.getMessage();
        services.dialogs().error(messages.get("statements.ui.error"), text);
    }

    public Statement statement() {
        return statement;
    }

    /** Every payment of the bill. */
    public ObservableList<StatementCandidateRow> rows() {
        return rows;
    }

    /** What the dialog lists: the likely payments (and any ticked), or all with {@link #showAllProperty()}. */
    public ObservableList<StatementCandidateRow> shownRows() {
        return shown;
    }

    public BooleanProperty showAllProperty() {
        return showAll;
    }

    public BooleanBinding anyTickedProperty() {
        return anyTicked;
    }

    public Messages messages() {
        return messages;
    }
}

package org.refunddesk.ui.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * The case list: all cases in memory (loaded off the FX thread, with the rule engine's insights), the
 * search filter over them, the selection, and saving / deleting through the store.
 */
public final class CaseListViewModel {
    private final CaseRepository repository;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final CaseInsights insights;
    private final Clock clock;

    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CaseRow> filtered = new FilteredList<>(rows);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<CaseRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private java.util.function.Consumer<RefundCase> onSaved = saved -> { };
    // Created once: a binding only reports changes after someone has read it, so callers must share these.
    private final IntegerBinding totalCount = Bindings.size(rows);
    private final IntegerBinding shownCount = Bindings.size(filtered);

    public CaseListViewModel(AppServices services) {
        this.repository = services.cases();
        this.tasks = services.tasks();
        this.dialogs = services.dialogs();
        this.messages = services.messages();
        this.insights = services.insights();
        this.clock = services.clock();
        filtered.predicateProperty().bind(Bindings.createObjectBinding(
                () -> {
                    var matches = CaseSearch.matching(searchText.get());
                    return row -> matches.test(row.refundCase());
                }, searchText));
    }

    /** Every case, in store order (newest first). */
    public ObservableList<CaseRow> rows() {
        return rows;
    }

    /** The cases the search lets through; the table sorts a view of this. */
    public FilteredList<CaseRow> filteredRows() {
        return filtered;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<CaseRow> selectedProperty() {
        return selected;
    }

    public Optional<RefundCase> selectedCase() {
        return Optional.ofNullable(selected.get()).map(CaseRow::refundCase);
    }

    /** True once the first load finished: until then an empty list means "loading", not "no cases". */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public IntegerBinding totalCount() {
        return totalCount;
    }

    public IntegerBinding shownCount() {
        return shownCount;
    }

    /** Reads all cases from the store and computes their insights, off the FX thread. */
    public void reload() {
        BackgroundTask.of(messages.get("cases.task.loading"), progress -> {
                    List<RefundCase> cases = repository.list();
                    return cases.stream().map(this::rowFor).toList();
                })
                .onSuccess(loadedRows -> {
                    CaseRow was = selected.get();
                    rows.setAll(loadedRows);
                    loaded.set(true);
                    keepSelection(was);
                })
                .onFailure(error -> showError("cases.error.load", error))
                .executeWith(tasks);
    }

    /** Told of every case the list's editor stored (the open views of the case follow it). */
    public void onSaved(java.util.function.Consumer<RefundCase> listener) {
        this.onSaved = listener;
    }

    /** A case stored elsewhere (timeline, wizard, workspace): its row is redrawn, the selection kept. */
    public void stored(RefundCase refundCase) {
        BackgroundTask.of(messages.get("cases.task.loading"), progress -> rowFor(refundCase))
                .onSuccess(row -> {
                    CaseRow was = selected.get();
                    replaceOrAdd(row);
                    keepSelection(was);
                })
                .onFailure(error -> showError("cases.error.load", error))
                .executeWith(tasks);
    }

    /** Selects the row of the case that was selected before the rows were replaced (same id, new row). */
    private void keepSelection(CaseRow was) {
        if (was == null) {
            return;
        }
        rows.stream().filter(r -> r.id().equals(was.id())).findFirst().ifPresent(selected::set);
    }

    /** Deletes this case after the user confirms (from a case tab, not the list's selection). */
    public void delete(RefundCase refundCase) {
        rows.stream().filter(r -> r.id().equals(refundCase.id())).findFirst().ifPresent(row -> {
            selected.set(row);
            deleteSelected();
        });
    }

    /** Stores a new or changed case and puts it in the list; {@code whenSaved} runs after success. */
    public void save(RefundCase refundCase, boolean isNew, Runnable whenSaved) {
        BackgroundTask.of(messages.get("cases.task.saving"), progress -> {
                    RefundCase stored = isNew ? repository.create(refundCase) : repository.update(refundCase);
                    return rowFor(stored);
                })
                .onSuccess(row -> {
                    replaceOrAdd(row);
                    selected.set(row);
                    onSaved.accept(row.refundCase());
                    whenSaved.run();
                })
                .onFailure(error -> showError("cases.error.save", error))
                .executeWith(tasks);
    }

    /** Asks first; deletes the selected case only when the user confirms. */
    public void deleteSelected() {
        CaseRow row = selected.get();
        if (row == null) {
            return;
        }
        boolean confirmed = dialogs.confirm(messages.get("cases.delete.title"),
                messages.get("cases.delete.question", row.refundCase().title()));
        if (!confirmed) {
            return;
        }
        BackgroundTask.of(messages.get("cases.task.deleting"), progress -> {
                    repository.delete(row.id());
                    return row;
                })
                .onSuccess(deleted -> {
                    rows.removeIf(r -> r.id().equals(deleted.id()));
                    if (selected.get() != null && selected.get().id().equals(deleted.id())) {
                        selected.set(null);
                    }
                })
                .onFailure(error -> showError("cases.error.delete", error))
                .executeWith(tasks);
    }

    private CaseRow rowFor(RefundCase refundCase) {
        return new CaseRow(refundCase, insights.insightFor(refundCase, clock.instant()));
    }

    private void replaceOrAdd(CaseRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(row.id())) {
                rows.set(i, row);
                return;
            }
        }
        rows.add(0, row);
    }

    private void showError(String key, Throwable error) {
        dialogs.error(messages.get(key), error.getMessage() == null ? error.toString() : error.getMessage());
    }
}

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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.CaseSummaries;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.StartupTimeline;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * The case list: every case's stored summary in memory (loaded off the FX thread; whole cases with the rule
 * engine's insights when the app has no summaries), the search filter over their precomputed keys, the
 * selection (loaded in full when chosen), and saving / deleting through the store.
 */
public final class CaseListViewModel {
    private final CaseRepository repository;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final CaseInsights insights;
    private final Clock clock;
    private final java.nio.file.Path dataDir;
    private final CaseSummaries summaries;
    /** The selected case in full (a summary row holds only the listed fields); null while it loads. */
    private final ObjectProperty<RefundCase> openCase = new SimpleObjectProperty<>();

    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    /** Every row kept in the table's order; a keystroke filters it in one pass (no per-row list change handling). */
    private final PresortedRows presorted = new PresortedRows();
    /** What the table shows: the matching rows in the table's order, replaced in one step per keystroke or sort. */
    private final ObservableList<CaseRow> shown = FXCollections.observableArrayList();
    /** True while {@link #shown} is being replaced: the table's passing selection changes are not the user's. */
    private boolean replacingShown;
    private Runnable beforeShown = () -> { };
    private Runnable afterShown = () -> { };
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<CaseRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private java.util.function.Consumer<RefundCase> onSaved = saved -> { };
    // Created once: a binding only reports changes after someone has read it, so callers must share these.
    private final IntegerBinding totalCount = Bindings.size(rows);
    private final IntegerBinding shownCount = Bindings.size(shown);
    private final StoredCaseCount storedCount = new StoredCaseCount(loaded, totalCount);

    public CaseListViewModel(AppServices services) {
        this.repository = services.cases();
        this.dataDir = services.dataDir();
        this.tasks = services.tasks();
        this.dialogs = services.dialogs();
        this.messages = services.messages();
        this.insights = services.insights();
        this.clock = services.clock();
        this.summaries = services.summaries();
        searchText.addListener((o, was, now) -> show(presorted.filter(now)));
        rows.addListener((ListChangeListener<CaseRow>) change -> show(presorted.setRows(rows)));
        selected.addListener((o, was, now) -> open(now));
    }

    /** Every case, in store order (newest first). */
    public ObservableList<CaseRow> rows() {
        return rows;
    }

    /** The cases the search lets through, in the table's sort order: the table's items. */
    public ObservableList<CaseRow> shownRows() {
        return shown;
    }

    /** The table's sort order changed (empty: store order, newest first): every row is sorted once. */
    public void sortBy(List<PresortedRows.SortKey> keys) {
        show(presorted.sortBy(keys));
    }

    /** True while the shown rows are being replaced (the table drops and regains its selection meanwhile). */
    public boolean replacingShown() {
        return replacingShown;
    }

    /** Run just before and just after each replacement of the shown rows (the view keeps selection and scroll). */
    public void aroundShownChanges(Runnable before, Runnable after) {
        this.beforeShown = before;
        this.afterShown = after;
    }

    private void show(List<CaseRow> next) {
        beforeShown.run();
        replacingShown = true;
        try {
            shown.setAll(next);
        } finally {
            replacingShown = false;
        }
        CaseRow was = selected.get();
        if (was != null) {
            // the same case stays selected (its row may be a new one); a case the search hides is let go
            int at = SummaryRowLists.indexOf(next, was);
            selected.set(at < 0 ? null : next.get(at));
        }
        afterShown.run();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<CaseRow> selectedProperty() {
        return selected;
    }

    /** The selected case in full: loaded now if its background load has not arrived yet (one row by key). */
    public Optional<RefundCase> selectedCase() {
        CaseRow row = selected.get();
        if (row == null) {
            return Optional.empty();
        }
        if (row.complete()) {
            return Optional.of(row.refundCase());
        }
        if (row.damaged()) {
            return Optional.empty(); // its row does not read: the view says so instead of opening it
        }
        RefundCase open = openCase.get();
        return open != null && open.id().equals(row.id()) ? Optional.of(open) : repository.find(row.id());
    }

    /** The selected case in full, for the features that work on it; loaded off the FX thread after a selection. */
    public ObjectProperty<RefundCase> openCaseProperty() {
        return openCase;
    }

    private void open(CaseRow row) {
        if (row == null || row.damaged()) {
            openCase.set(null);
        } else if (row.complete()) {
            openCase.set(row.refundCase());
        } else if (openCase.get() == null || !openCase.get().id().equals(row.id())) {
            openCase.set(null);
            BackgroundTask.of(messages.get("cases.task.loading"), progress -> repository.find(row.id()))
                    .onSuccess(found -> {
                        CaseRow now = selected.get();
                        if (now != null && now.id().equals(row.id())) {
                            openCase.set(found.orElse(null));
                        }
                    })
                    .onFailure(error -> showError("cases.error.load", error))
                    .executeWith(tasks);
        }
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

    /** How many cases there are as far as known: the store's count while the rows are first read; -1 unknown. */
    public IntegerBinding knownCount() {
        return storedCount.known();
    }

    /**
     * Reads the stored summaries (without them all cases with their insights) off the FX thread, keeping the selection:
     * shown at once when every case has one, stale ones recomputed after (a case without one first: none is missed).
     */
    public void reload() {
        if (!loaded.get()) {
            storedCount.count(repository, tasks, messages);
        }
        BackgroundTask.of(messages.get("cases.task.loading"), progress -> {
                    if (summaries != null) {
                        if (!summaries.coverEveryCase()) {
                            summaries.ensureCurrent();
                        }
                        List<CaseRow> read = SummaryRowLists.read(summaries);
                        StartupTimeline.mark("list-read");
                        return read;
                    }
                    List<RefundCase> cases = repository.list();
                    return cases.stream().map(this::rowFor).toList();
                })
                .readsEveryCase()
                .onSuccess(loadedRows -> {
                    boolean first = !loaded.get();
                    replaceRows(loadedRows);
                    loaded.set(true);
                    if (first) {
                        StartupTimeline.mark("list-filled " + loadedRows.size() + " rows,");
                    }
                    if (summaries != null) {
                        refreshStaleSummaries();
                    }
                })
                .onFailure(error -> showError("cases.error.load", error))
                .executeWith(tasks);
    }

    /** Recomputes stale summaries in the background; the rows are replaced only when some changed. */
    private void refreshStaleSummaries() {
        BackgroundTask.of(messages.get("cases.task.loading"), progress -> summaries.ensureCurrent() > 0 ? SummaryRowLists.read(summaries) : null)
                .readsEveryCase()
                .onSuccess(fresh -> {
                    if (fresh != null) {
                        replaceRows(fresh);
                    }
                })
                .onFailure(error -> showError("cases.error.load", error))
                .executeWith(tasks);
    }

    private void replaceRows(List<CaseRow> loadedRows) {
        CaseRow was = selected.get();
        rows.setAll(loadedRows);
        keepSelection(was);
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

    /**
     * Cases changed by someone else (team mode: the server's notice names them): only their summaries are read,
     * off the FX thread, and their rows replaced, added or (deleted, or no longer visible to this login) removed;
     * the list is replaced once. Without stored summaries the whole list is read again.
     */
    public void changedElsewhere(java.util.Set<java.util.UUID> ids) {
        if (summaries == null) {
            reload();
            return;
        }
        BackgroundTask.of(messages.get("cases.task.loading"), progress -> summaries.find(ids))
                .onSuccess(found -> {
                    CaseRow was = selected.get();
                    rows.setAll(SummaryRowLists.merged(rows, found, ids));
                    keepSelection(was);
                    CaseRow now = selected.get();
                    if (now != null && ids.contains(now.id()) && !now.complete()) {
                        openCase.set(null); // the selected case changed: read it in full again
                        open(now);
                    }
                })
                // the connection banner speaks of an unreachable server; a failed refresh leaves the rows shown
                .onFailure(error -> { })
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
        save(refundCase, isNew, whenSaved, null);
    }

    /**
     * As {@link #save(RefundCase, boolean, Runnable)}; when the person closed the conflict view without deciding
     * (team mode), {@code whenUnsaved} gets their edit back after the message (the editor opens again with it).
     */
    public void save(RefundCase refundCase, boolean isNew, Runnable whenSaved,
                     java.util.function.Consumer<RefundCase> whenUnsaved) {
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
                .onFailure(error -> {
                    if (DiskFullRetry.isDiskFull(error)) {
                        new DiskFullRetry(dialogs, messages, tasks, repository, dataDir)
                                .offer(() -> save(refundCase, isNew, whenSaved, whenUnsaved));
                        return;
                    }
                    showError("cases.error.save", error);
                    if (error instanceof org.refunddesk.ui.team.UnresolvedConflictException unresolved
                            && whenUnsaved != null) {
                        whenUnsaved.accept(unresolved.unsaved());
                    }
                })
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
        if (summaries != null) {
            // the summary was written in the same transaction as the case
            CaseRow row;
            try {
                row = summaries.find(refundCase.id()).map(CaseRow::of).orElse(null);
            } catch (org.refunddesk.store.StoreException e) {
                // team server unreachable: the save went to the offline queue; the row is computed here
                row = null;
            }
            if (row != null) {
                return new CaseRow(refundCase, row.insight(), row.searchKey(), true);
            }
        }
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

    /** A full disk, a folder that may not be written or a damaged file is said in words with what to do. */
    private void showError(String key, Throwable error) {
        if ("cases.error.load".equals(key) && org.refunddesk.store.ServerProbe.unreachable(error)) {
            return; // the connection banner says the team server is unreachable; the rows last read stay
        }
        LoadErrorText said = LoadErrorText.of(messages, key, error, dataDir);
        dialogs.error(said.title(), said.text());
    }
}

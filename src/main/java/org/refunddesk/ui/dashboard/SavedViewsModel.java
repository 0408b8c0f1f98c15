package org.refunddesk.ui.dashboard;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.SavedViews;
import org.refunddesk.store.SavedViews.SavedView;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * Named filters the helper can reopen: save the caseload's current filter under a name, open one
 * (it becomes the current filter), delete one. The store is read and written off the FX thread.
 */
public final class SavedViewsModel {
    private final SavedViews store;
    private final ObjectProperty<CaseFilter> filter;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();

    /** @param filter the caseload's current filter, which {@link #open} replaces */
    public SavedViewsModel(SavedViews store, ObjectProperty<CaseFilter> filter, TaskExecutor tasks,
                           DialogService dialogs, Messages messages) {
        this.store = store;
        this.filter = filter;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The stored views, by name. */
    public ObservableList<SavedView> views() {
        return views;
    }

    public void load() {
        run(store::list);
    }

    /** Stores the current filter under the name (replacing a view of that name); a blank name is refused. */
    public void saveCurrent(String name) {
        if (name == null || name.isBlank()) {
            dialogs.error(messages.get("caseload.ui.error"), messages.get("caseload.ui.views.nameNeeded"));
            return;
        }
        CaseFilter current = filter.get() == null ? CaseFilter.ALL : filter.get();
        run(() -> {
            store.save(name, current);
            return store.list();
        });
    }

    public void open(SavedView view) {
        if (view != null) {
            filter.set(view.filter());
        }
    }

    public void delete(SavedView view) {
        if (view == null) {
            return;
        }
        run(() -> {
            store.delete(view.name());
            return store.list();
        });
    }

    private void run(java.util.concurrent.Callable<List<SavedView>> work) {
        BackgroundTask.of(messages.get("caseload.ui.views.task"), progress -> work.call())
                .onSuccess(views::setAll)
                .onFailure(e -> dialogs.error(messages.get("caseload.ui.error"),
                        e.getMessage() == null ? e.toString() : e.getMessage()))
                .executeWith(tasks);
    }
}

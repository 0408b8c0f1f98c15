package org.refunddesk.ui.cases;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;

/** The case list and editor: the always-open first tab, File → New case, Case → Edit / Delete, the case count. */
public final class CasesFeature implements Feature {
    private final AppServices services;
    private final CaseListViewModel model;
    private final FullBackupActions backups;

    public CasesFeature(AppServices services) {
        this(services, null);
    }

    /** {@code backups}: full backups and restores of the open store (null: cases-only JSON, as before). */
    public CasesFeature(AppServices services, FullBackupActions backups) {
        this.backups = backups;
        this.services = services;
        this.model = new CaseListViewModel(services);
    }

    public CaseListViewModel model() {
        return model;
    }

    @Override
    public void install(MainWindow window) {
        Messages messages = services.messages();
        CaseListView view = new CaseListView(model, services);
        window.addPermanentView("casesTab", messages.get("cases.tab"), view);

        window.addMenuItem(MainMenu.FILE, messages.get("cases.action.new"), "Shortcut+N", view::newCase);
        CaseTransferViewModel transfer = new CaseTransferViewModel(services, model::selectedCase, window::fireCasesChanged,
                backups);
        window.addMenuSeparator(MainMenu.FILE);
        window.addMenuItem(MainMenu.FILE, messages.get("cases.transfer.import"), transfer::importCase);
        window.addMenuItem(MainMenu.FILE, messages.get("cases.transfer.export"), transfer::exportSelected)
                .disableProperty().bind(model.selectedProperty().isNull());
        window.addMenuItem(MainMenu.FILE, messages.get("cases.transfer.backup"), transfer::backupAll);
        window.addMenuItem(MainMenu.FILE, messages.get("cases.transfer.restore"), transfer::restore);
        MenuItem edit = window.addMenuItem(MainMenu.CASE, messages.get("cases.action.edit"), view::editSelected);
        MenuItem delete = window.addMenuItem(MainMenu.CASE, messages.get("cases.action.delete"), view::deleteSelected);
        edit.disableProperty().bind(model.selectedProperty().isNull());
        delete.disableProperty().bind(model.selectedProperty().isNull());
        window.addMenuItem(MainMenu.VIEW, messages.get("cases.action.showList"),
                () -> window.showView("casesTab", messages.get("cases.tab"), () -> view));

        Label count = new Label();
        count.setId("statusCaseCount");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("cases.status.count", model.totalCount().get()), model.totalCount()));
        window.addStatusItem(count);

        window.selectedCaseProperty().bind(Bindings.createObjectBinding(
                () -> model.selectedProperty().get() == null ? null : model.selectedProperty().get().refundCase(),
                model.selectedProperty()));
        window.onCasesChanged(model::reload);
        model.reload();
    }
}

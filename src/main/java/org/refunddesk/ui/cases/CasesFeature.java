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

        window.addMenuItem(MainMenu.FILE, messages.get("cases.action.new"), 'N', "Shortcut+N", view::newCase);
        CaseTransferViewModel transfer = new CaseTransferViewModel(services, model::selectedCase, window::fireCasesChanged,
                backups);
        window.addMenuSeparator(MainMenu.FILE);
        window.addMenuItem(MainMenu.FILE, messages.get("cases.transfer.import"), 'I', transfer::importCase);
        window.addCaseAction("cases.import", ignored -> transfer.importCase());
        window.addMenuItem(MainMenu.FILE, messages.get("cases.transfer.export"), 'E', transfer::exportSelected)
                .disableProperty().bind(model.selectedProperty().isNull());
        window.addMenuItem(MainMenu.FILE, messages.get("cases.transfer.backup"), 'B', transfer::backupAll);
        window.addMenuItem(MainMenu.FILE, messages.get("cases.transfer.restore"), 'R', transfer::restore);
        // Case commands act on the case in front (a case tab's, else the list's selection).
        MenuItem edit = window.addMenuItem(MainMenu.CASE, messages.get("cases.action.edit"), 'E',
                () -> editCase(window, view));
        MenuItem delete = window.addMenuItem(MainMenu.CASE, messages.get("cases.action.delete"), 'D',
                () -> deleteCase(window));
        edit.setId("menuEditCase");
        edit.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("F2"));
        delete.setId("menuDeleteCase");
        edit.disableProperty().bind(window.selectedCaseProperty().isNull());
        delete.disableProperty().bind(window.selectedCaseProperty().isNull());
        window.addCaseAction(EDIT, c -> editCase(view, c));
        view.setOnOpen(c -> window.openCase(c, null));
        window.openCases().onStored(model::stored);
        model.onSaved(saved -> window.openCases().find(saved.id()).ifPresent(m -> window.openCases().stored(saved)));
        window.addMenuItem(MainMenu.VIEW, messages.get("cases.action.showList"), 'L', "Shortcut+2",
                () -> {
                    window.showView("casesTab", messages.get("cases.tab"), () -> view);
                    javafx.application.Platform.runLater(view::focusTable);
                });
        javafx.scene.control.CheckMenuItem hide = new javafx.scene.control.CheckMenuItem(
                MainWindow.withMnemonic(messages.get("privacy.view.hidePersonal"), 'P'));
        hide.setId("menuHidePersonal");
        hide.selectedProperty().bindBidirectional(services.preferences().hidePersonalProperty());
        window.addMenuItem(MainMenu.VIEW, hide);

        Label count = new Label();
        count.setId("statusCaseCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.knownCount().get() < 0
                        ? messages.get("cases.status.counting") : messages.get("cases.status.count", model.knownCount().get()),
                model.knownCount()));
        window.addStatusItem(count);

        window.listSelectionProperty().bind(model.openCaseProperty());
        window.onCasesChanged(model::reload);
        window.onCasesChangedElsewhere(model::changedElsewhere);
        model.reload();
    }

    /** The case action id of "edit the case". */
    public static final String EDIT = "edit";

    private void editCase(MainWindow window, CaseListView view) {
        editCase(view, window.selectedCaseProperty().get());
    }

    private void editCase(CaseListView view, org.refunddesk.domain.RefundCase refundCase) {
        if (refundCase != null) {
            view.edit(refundCase);
        }
    }

    private void deleteCase(MainWindow window) {
        org.refunddesk.domain.RefundCase refundCase = window.selectedCaseProperty().get();
        if (refundCase != null) {
            model.delete(refundCase);
        }
    }
}

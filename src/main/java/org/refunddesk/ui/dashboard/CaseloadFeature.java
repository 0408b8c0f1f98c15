package org.refunddesk.ui.dashboard;

import java.util.List;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseEvidenceScores;
import org.refunddesk.store.SavedViews;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;

/**
 * The volunteer caseload: View → Caseload dashboard (a tab made when first opened), File → export to
 * Excel / import from Excel / export deadlines to a calendar. Reloads when other features change cases.
 */
public final class CaseloadFeature implements Feature {
    private final AppServices services;
    private final CaseOverviews overviews;
    private final SavedViews savedViews;
    private CaseloadViewModel model;
    private SavedViewsModel views;
    private CaseloadTransferViewModel transfer;

    /**
     * @param evidence   the vault's scores, or null when there is no vault (no evidence column)
     * @param savedViews the named filters in the case database
     */
    public CaseloadFeature(AppServices services, CaseEvidenceScores evidence, SavedViews savedViews) {
        this.services = services;
        this.overviews = new CaseOverviews(services.insights(), evidence);
        this.savedViews = savedViews;
    }

    @Override
    public void install(MainWindow window) {
        Messages messages = services.messages();
        model = new CaseloadViewModel(services, overviews, window::fireCasesChanged);
        views = new SavedViewsModel(savedViews, model.filterProperty(), services.tasks(), services.dialogs(), messages);
        transfer = new CaseloadTransferViewModel(services, overviews,
                ImportMappingDialog.prompt(window.root(), messages), this::exportedCases, window::fireCasesChanged);
        window.addMenuItem(MainMenu.VIEW, messages.get("caseload.ui.menu"), 'D', "Shortcut+3", () -> show(window));
        window.addMenuSeparator(MainMenu.FILE);
        window.addMenuItem(MainMenu.FILE, messages.get("caseload.ui.exportXlsx"), 'P', transfer::exportXlsx);
        window.addMenuItem(MainMenu.FILE, messages.get("caseload.ui.importXlsx"), 'F', transfer::importXlsx);
        window.addMenuItem(MainMenu.FILE, messages.get("caseload.ui.exportIcs"), 'C', transfer::exportIcs);
        window.onCasesChanged(this::reloadIfShown);
    }

    /** Opens (or brings forward) the caseload tab. */
    public void show(MainWindow window) {
        boolean[] created = {false};
        window.showView("caseloadTab", services.messages().get("caseload.ui.tab"), () -> {
            created[0] = true;
            return new CaseloadView(model, views, services.messages(), transfer::exportXlsx, transfer.showInFullProperty());
        });
        if (created[0]) {
            model.reload();
            views.load();
        }
    }

    public CaseloadViewModel model() {
        return model;
    }

    public CaseloadTransferViewModel transfer() {
        return transfer;
    }

    private void reloadIfShown() {
        // only a tab that was opened holds rows; the bulk actions' own change is already in them
        if (!model.rows().isEmpty()) {
            model.reload();
        }
    }

    /**
     * The selected cases when there is a selection, else every case the filter shows; null before the
     * tab was opened (nothing loaded yet), which tells the export to read every stored case itself.
     */
    private List<CaseOverview> exportedCases() {
        if (model.rows().isEmpty()) {
            return null;
        }
        return model.selection().isEmpty() ? List.copyOf(model.filteredRows()) : List.copyOf(model.selection());
    }
}

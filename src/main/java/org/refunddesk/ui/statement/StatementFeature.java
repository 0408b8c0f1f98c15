package org.refunddesk.ui.statement;

import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;

/** File → 导入账单…: cases from the consumer's own Alipay or WeChat Pay bill (see {@link StatementImportViewModel}). */
public final class StatementFeature implements Feature {
    private final AppServices services;
    private final EvidenceVault vault;
    private StatementImportViewModel model;

    public StatementFeature(AppServices services, EvidenceVault vault) {
        this.services = services;
        this.vault = vault;
    }

    @Override
    public void install(MainWindow window) {
        model = new StatementImportViewModel(services, vault, StatementImportDialog.prompt(window.root()),
                window::fireCasesChanged);
        window.addMenuItem(MainMenu.FILE, services.messages().get("statements.ui.menu"), 'Y', model::start);
    }

    public StatementImportViewModel model() {
        return model;
    }
}

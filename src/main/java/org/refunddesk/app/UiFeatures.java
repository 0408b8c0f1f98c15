package org.refunddesk.app;

import java.util.List;

import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.dashboard.CaseloadFeature;
import org.refunddesk.ui.main.AboutInfo;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.ShellFeature;
import org.refunddesk.ui.wizard.evidence.EvidenceFeature;

/**
 * Every feature of the main window, installed in this order (menu items appear in this order).
 * A new feature adds one line here.
 */
final class UiFeatures {
    private UiFeatures() {
    }

    static List<Feature> all(AppServices services, Database database, AboutInfo about, Runnable exit) {
        CasesFeature cases = new CasesFeature(services);
        return List.of(
                cases,
                new CaseloadFeature(services),
                new EvidenceFeature(services, new EvidenceVault(database, services.clock())),
                new ShellFeature(services, about, exit));
    }
}

package org.refunddesk.ui.audit;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.refunddesk.store.AuditEntry;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.state.CaseModel;

/** The case workspace's audit section (issue 16; its title is audit.section): the case's audit trail, read when the section is first shown. */
public final class CaseAuditFeature implements Feature {
    /** The workspace section id. */
    public static final String SECTION = "audit";

    private final AppServices services;
    private final Function<UUID, List<AuditEntry>> trail;

    /** {@code trail}: one case's audit entries (the store's {@code CaseAudit::forCase}), called off the FX thread. */
    public CaseAuditFeature(AppServices services, Function<UUID, List<AuditEntry>> trail) {
        this.services = services;
        this.trail = trail;
    }

    @Override
    public void install(MainWindow window) {
        window.addCaseSection(SECTION, services.messages().get("audit.section"), this::view);
    }

    private CaseAuditView view(CaseModel model) {
        CaseAuditViewModel vm = new CaseAuditViewModel(services, model, trail);
        vm.reload();
        return new CaseAuditView(vm);
    }
}

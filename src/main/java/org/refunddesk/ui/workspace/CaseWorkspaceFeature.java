package org.refunddesk.ui.workspace;

import java.util.function.Supplier;

import javafx.scene.control.Tab;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.escalation.Recommendation;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.state.CaseModel;

/**
 * Opening a case (double-click, Enter, Ctrl+T, Ctrl+E, a link on Home or the agenda) opens or focuses its one
 * workspace tab, at the section asked for.
 */
public final class CaseWorkspaceFeature implements Feature {
    private final AppServices services;
    private final Supplier<EscalationServices> rules;
    private volatile EscalationServices loaded;

    /** {@code rules} is read once, on a worker thread, when the first workspace asks for advice. */
    public CaseWorkspaceFeature(AppServices services, Supplier<EscalationServices> rules) {
        this.services = services;
        this.rules = rules;
    }

    @Override
    public void install(MainWindow window) {
        window.setCaseOpener((c, section) -> open(window, c, section));
    }

    /** The workspace tab of the case, created the first time, brought to the front at {@code section}. */
    public CaseWorkspaceView open(MainWindow window, RefundCase refundCase, String section) {
        CaseModel model = window.openCases().model(refundCase);
        Tab tab = window.showCaseView("case-" + refundCase.id(), null, model,
                () -> new CaseWorkspaceView(new CaseWorkspaceViewModel(services, model, this::ladder, window::caseAction),
                        window.caseSections(), services.messages()));
        CaseWorkspaceView view = (CaseWorkspaceView) tab.getContent();
        view.showSection(section);
        return view;
    }

    private CaseWorkspaceViewModel.Ladder ladder(RefundCase c) {
        if (rules == null) {
            return CaseWorkspaceViewModel.Ladder.NONE;
        }
        if (loaded == null) {
            loaded = rules.get();
        }
        Recommendation r = loaded.ladder().next(c, services.clock().instant(), false);
        return new CaseWorkspaceViewModel.Ladder(r.waiting().isPresent(), r.recommendedChannel());
    }
}

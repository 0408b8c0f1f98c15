package org.refunddesk.ui.timeline;

import java.util.UUID;

import javafx.scene.control.MenuItem;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * Case → "Timeline and events" (a tab per case), View → "Agenda" (all open deadlines), and the deadline
 * warnings, started when the window is installed.
 */
public final class TimelineFeature implements Feature {
    private final AppServices services;
    private final CasePlanner planner;
    private final DeadlineWarnings warnings;

    /** The workspace section id of the timeline. */
    public static final String SECTION = "timeline";

    public TimelineFeature(AppServices services, CasePlanner planner, DeadlineWarnings warnings) {
        this.services = services;
        this.planner = planner;
        this.warnings = warnings;
    }

    @Override
    public void install(MainWindow window) {
        Messages messages = services.messages();
        MenuItem timeline = window.addMenuItem(MainMenu.CASE, messages.get("timeline.menu.timeline"), 'T', "Shortcut+T",
                () -> openTimeline(window, window.selectedCaseProperty().get()));
        timeline.setId("menuTimeline");
        timeline.disableProperty().bind(window.selectedCaseProperty().isNull());
        window.addCaseSection(SECTION, messages.get("timeline.section"), model -> view(window, model));
        window.addCaseAction(SECTION, c -> window.openCase(c, SECTION));
        window.addMenuItem(MainMenu.VIEW, messages.get("timeline.menu.agenda"), 'A', "Shortcut+D",
                () -> openAgenda(window)).setId("menuAgenda");
        warnings.setHomeListsMissed(() -> window.view("home").isPresent());
        warnings.tickWhileShowing(window.root());
        warnings.start();
    }

    public void openAgenda(MainWindow window) {
        window.showView("agenda", services.messages().get("timeline.tab.agenda"),
                () -> new AgendaView(new AgendaViewModel(services, planner), services, id -> openCase(window, id)));
    }

    public void openTimeline(MainWindow window, RefundCase refundCase) {
        if (refundCase == null) {
            return;
        }
        if (window.caseSections().stream().anyMatch(s -> s.id().equals(SECTION))) {
            window.openCase(refundCase, SECTION);
        } else { // installed without the menu (tests): the timeline alone, still on the case's one model
            var model = window.openCases().model(refundCase);
            window.showCaseView("timeline-" + refundCase.id(), services.messages().get("timeline.section"), model,
                    () -> view(window, model));
        }
    }

    private CaseTimelineView view(MainWindow window, org.refunddesk.ui.state.CaseModel model) {
        return new CaseTimelineView(new CaseTimelineViewModel(services, model, window.openCases(), planner, () -> { }),
                services.messages());
    }

    private void openCase(MainWindow window, UUID id) {
        BackgroundTask.of(services.messages().get("timeline.task.plan"), progress -> services.cases().find(id))
                .onSuccess(found -> found.ifPresent(c -> openTimeline(window, c)))
                .executeWith(services.tasks());
    }
}

package org.refunddesk.ui.wizard.eligibility;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javafx.scene.control.MenuItem;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * The eligibility wizard's entry points: File → "New case with the wizard" and Case → "Re-run the
 * eligibility check" on the selected case. Saving runs off the FX thread; the case list reloads after.
 */
public final class EligibilityFeature implements Feature {
    private final AppServices services;
    private final EligibilityCheck check;

    public EligibilityFeature(AppServices services, EligibilityCheck check) {
        this.services = services;
        this.check = check;
    }

    @Override
    public void install(MainWindow window) {
        Messages messages = services.messages();
        window.addMenuItem(MainMenu.FILE, messages.get("wizard.menu.new"), 'W', "Shortcut+Shift+N", () -> run(window, null))
                .setId("menuWizardNew");
        MenuItem rerun = window.addMenuItem(MainMenu.CASE, messages.get("wizard.menu.rerun"), 'R',
                () -> run(window, window.selectedCaseProperty().get()));
        rerun.setId("menuWizardRerun");
        rerun.disableProperty().bind(window.selectedCaseProperty().isNull());
        // Home's primary action ("I have a problem, start"): a new case through the wizard (the case given is ignored)
        window.addCaseAction("eligibility.new", ignored -> run(window, null));
    }

    /** Opens the wizard (on {@code original}'s saved answers when given) and saves what the user chose. */
    public void run(MainWindow window, RefundCase original) {
        EligibilityWizardViewModel vm = new EligibilityWizardViewModel(services.messages(), services.clock(), original);
        EligibilityWizard wizard = new EligibilityWizard(window.window(), vm, check, services.tasks());
        wizard.showAndWait().ifPresent(outcome -> save(window, vm.resultProperty().get(), outcome));
    }

    void save(MainWindow window, ResultSummary result, EligibilityWizard.Outcome outcome) {
        if (result == null) {
            return;
        }
        Messages messages = services.messages();
        RefundCase assessed = result.assessed();
        BackgroundTask.of(messages.get("wizard.task.save"), progress -> outcome == EligibilityWizard.Outcome.UPDATE
                        ? services.cases().update(assessed)
                        : services.cases().create(withMyName(asNewCase(assessed))))
                .onSuccess(saved -> {
                    window.fireCasesChanged();
                    window.openCase(saved, null);
                    services.dialogs().notify(messages.get("wizard.saved", saved.title()));
                })
                .onFailure(e -> services.dialogs().error(messages.get("wizard.saveFailed"), String.valueOf(e.getMessage())))
                .executeWith(services.tasks());
    }

    /** A new case without an assignee goes to the helper named in Settings ("my name"). */
    RefundCase withMyName(RefundCase c) {
        String me = services.preferences().helperNameProperty().get();
        boolean unassigned = c.assignee() == null || c.assignee().isBlank();
        return unassigned && me != null && !me.isBlank() ? c.withAssignee(me.strip()) : c;
    }

    /** A copy under new ids (a re-run saved as a new case must not collide with the original's ids). */
    static RefundCase asNewCase(RefundCase c) {
        Map<UUID, UUID> newIds = new HashMap<>();
        c.events().forEach(e -> newIds.put(e.id(), UUID.randomUUID()));
        var events = c.events().stream().map(e -> new CaseEvent(newIds.get(e.id()), e.type(), e.at(), e.channel(),
                e.ref(), e.deadlineAt(), e.amount(), e.note(), e.voids() == null ? null : newIds.get(e.voids()),
                e.text())).toList();
        return new RefundCase(null, c.title(), c.consumer(), c.assignee(), c.tags(), c.platform(), c.purchase(),
                c.problem(), events, c.status(), c.redFlags(), c.assessment(), null, null);
    }
}

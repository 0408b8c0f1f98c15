package org.refunddesk.ui.wizard.escalation;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.MenuItem;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * Case → Escalate…: the escalation wizard for the selected case. The rule book and calendar of the
 * data folder are read once, off the FX thread, when the wizard is first opened.
 */
public final class EscalationFeature implements Feature {
    private final AppServices services;
    private final Supplier<EscalationServices> rules;
    private final EvidenceStatus.Source evidence;
    private volatile EscalationServices loaded;

    /** On the app's shared rule engine (the data folder's rule book and calendar). */
    public EscalationFeature(AppServices services, RuleEngine rules, EvidenceStatus.Source evidence) {
        this(services, () -> EscalationServices.of(rules.ruleBook(), rules.calendar(), services.messages()), evidence);
    }

    public EscalationFeature(AppServices services, Supplier<EscalationServices> rules, EvidenceStatus.Source evidence) {
        this.services = services;
        this.rules = rules;
        this.evidence = evidence;
    }

    /** The workspace section id of escalation and letters; also the id of the "escalate" case action. */
    public static final String SECTION = "escalation";

    @Override
    public void install(MainWindow window) {
        MenuItem item = window.addMenuItem(MainMenu.CASE, services.messages().get("escalation.menu"), 'A',
                () -> escalate(window, window.selectedCaseProperty().get()));
        item.setId("menuEscalate");
        item.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+L"));
        item.disableProperty().bind(window.selectedCaseProperty().isNull());
        window.addCaseAction(SECTION, c -> escalate(window, c));
        window.addCaseSection(SECTION, services.messages().get("escalation.section"),
                model -> new EscalationSection(services, model, this::loadedRules, evidence, c -> escalate(window, c)));
    }

    /** The wizard for the case, modal; afterwards every open view of the case shows the steps recorded in it. */
    public void escalate(MainWindow window, RefundCase refundCase) {
        if (refundCase == null) {
            return;
        }
        open(window, refundCase, wizard -> {
            wizard.showAndWait();
            window.openCases().reloadAfterEvents(refundCase);
            window.fireCasesChanged();
        });
    }

    private EscalationServices loadedRules() {
        if (loaded == null) {
            loaded = rules.get();
        }
        return loaded;
    }

    /** Builds the wizard for a case (reading the rules first if needed) and hands it over to be shown. */
    public void open(MainWindow window, RefundCase refundCase, Consumer<EscalationWizard> show) {
        BackgroundTask.of(services.messages().get("escalation.wizard.task.load"), progress -> loadedRules())
                .onSuccess(escalation -> {
                    EscalationWizardViewModel model = new EscalationWizardViewModel(services, escalation, evidence);
                    EscalationWizard wizard = new EscalationWizard(window.window(), model, services);
                    model.load(refundCase);
                    show.accept(wizard);
                })
                .onFailure(e -> services.dialogs().error(services.messages().get("escalation.wizard.title"),
                        e.getMessage()))
                .executeWith(services.tasks());
    }
}

package org.refunddesk.ui.wizard.eligibility;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * The eligibility wizard: ControlsFX {@link Wizard} over one {@link EligibilityWizardViewModel}. "Next" is
 * bound to the current page's validation; pages that don't apply are skipped; the result page offers
 * "Save as a new case" and, on a re-run, "Update this case".
 */
public final class EligibilityWizard {
    /** How the user left the result page. */
    public enum Outcome { SAVE_NEW, UPDATE }

    private final EligibilityWizardViewModel vm;
    private final Wizard wizard;
    private final Map<WizardPage, QuestionPage> pages = new EnumMap<>(WizardPage.class);
    private final ButtonType saveNew;
    private final ButtonType update;

    public EligibilityWizard(Window owner, EligibilityWizardViewModel vm, EligibilityCheck check, TaskExecutor tasks) {
        this.vm = vm;
        Messages messages = vm.messages();
        saveNew = new ButtonType(messages.get("wizard.button.saveNew"), ButtonBar.ButtonData.OK_DONE);
        update = new ButtonType(messages.get("wizard.button.update"), ButtonBar.ButtonData.APPLY);
        wizard = new Wizard(owner, messages.get("wizard.title"));
        wizard.setReadSettings(false); // the view model holds every answer
        pages.put(WizardPage.PURCHASE, new PurchasePage(vm));
        pages.put(WizardPage.PROBLEM, new ProblemPage(vm));
        pages.put(WizardPage.USE_STATE, new UseStatePage(vm));
        pages.put(WizardPage.SINCE, new SincePage(vm));
        pages.put(WizardPage.RED_FLAGS, new RedFlagsPage(vm));
        pages.put(WizardPage.RESULT, new ResultPage(vm, page -> {
            resultButtons(page);
            vm.assess(check, tasks);
        }));
        wizard.setFlow(new Wizard.Flow() {
            @Override
            public Optional<WizardPane> advance(WizardPane current) {
                return vm.next(pageOf(current)).map(pages::get);
            }

            @Override
            public boolean canAdvance(WizardPane current) {
                return vm.next(pageOf(current)).isPresent();
            }
        });
        wizard.getDialog().setResizable(false); // one size on every page (WizardSize), so it does not jump
    }

    private static WizardPage pageOf(WizardPane pane) {
        return pane == null ? null : ((QuestionPage) pane).page();
    }

    private void resultButtons(WizardPane page) {
        page.getButtonTypes().remove(ButtonType.FINISH);
        if (!page.getButtonTypes().contains(saveNew)) {
            page.getButtonTypes().add(0, saveNew);
            if (vm.original().isPresent()) {
                page.getButtonTypes().add(0, update);
            }
        }
        for (ButtonType type : page.getButtonTypes()) {
            if (type == saveNew || type == update) {
                Button button = (Button) page.lookupButton(type);
                button.setId(type == saveNew ? "saveNewCase" : "updateCase");
                button.disableProperty().bind(vm.resultProperty().isNull());
            }
        }
    }

    /** The underlying ControlsFX wizard (tests show it without blocking through its dialog). */
    public Wizard wizard() {
        return wizard;
    }

    /** Maps the dialog's answer to what the user chose to do with the result. */
    public Optional<Outcome> outcomeOf(ButtonType pressed) {
        if (pressed == saveNew) {
            return Optional.of(Outcome.SAVE_NEW);
        }
        return pressed == update ? Optional.of(Outcome.UPDATE) : Optional.empty();
    }

    /** Shows the wizard and waits; empty when the user cancelled. */
    public Optional<Outcome> showAndWait() {
        return wizard.showAndWait().flatMap(this::outcomeOf);
    }
}

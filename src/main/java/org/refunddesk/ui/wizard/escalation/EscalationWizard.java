package org.refunddesk.ui.wizard.escalation;

import java.nio.file.Path;

import javafx.stage.Window;

import org.controlsfx.dialog.Wizard;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.LetterDocxWriter;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.LetterFileName;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.cases.CaseEditorDialog;
import org.refunddesk.ui.cases.CaseEditorViewModel;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * The escalation wizard (ControlsFX {@link Wizard}): four pages on one {@link EscalationWizardViewModel}.
 * Case edits from page 2 and DOCX saving from page 3 run their I/O through the task executor.
 */
public final class EscalationWizard {
    private final Wizard wizard;
    private final EscalationWizardViewModel model;
    private final AppServices services;

    public EscalationWizard(Window owner, EscalationWizardViewModel model, AppServices services) {
        this.model = model;
        this.services = services;
        Messages m = services.messages();
        wizard = new Wizard(owner, m.get("escalation.wizard.title"));
        wizard.setReadSettings(false);
        wizard.setFlow(new Wizard.LinearFlow(new StandingPage(model), new PreconditionsPage(model, this::editCase),
                new LetterPage(model, this::saveDocx), new FilingPage(model)));
        wizard.getDialog().setResizable(true);
    }

    /** Shows the wizard without blocking (tests) — {@link #showAndWait()} in the app. */
    public void show() {
        wizard.getDialog().show();
    }

    public void showAndWait() {
        wizard.showAndWait();
    }

    public Wizard wizard() {
        return wizard;
    }

    /** Opens the case editor; a saved edit is stored off the FX thread and the pages are refilled. */
    private void editCase() {
        RefundCase current = model.refundCaseProperty().get();
        Messages m = services.messages();
        new CaseEditorDialog(wizard.getDialog().getDialogPane().getScene().getWindow(),
                CaseEditorViewModel.forCase(m, current), m).ask().ifPresent(edited ->
                BackgroundTask.of(m.get("escalation.wizard.task.saveCase"), progress -> services.cases().update(edited))
                        .onSuccess(model::load)
                        .onFailure(e -> services.dialogs().error(m.get("escalation.wizard.title"), e.getMessage()))
                        .executeWith(services.tasks()));
    }

    private void saveDocx() {
        Messages m = services.messages();
        var letter = model.letterProperty().get();
        if (letter == null) {
            return;
        }
        String text = model.letterTextProperty().get();
        String name = LetterFileName.of(model.refundCaseProperty().get(), model.channelProperty().get(),
                services.clock().instant(), m);
        services.dialogs().showFileSave(m.get("escalation.wizard.docx"), name,
                FileType.of(m.get("escalation.wizard.docx.type"), "*.docx")).ifPresent((Path target) ->
                BackgroundTask.of(m.get("escalation.wizard.task.docx"), progress -> {
                    new LetterDocxWriter().write(letter, text, target);
                    return target;
                })
                        .onSuccess(p -> services.dialogs().notify(m.get("escalation.cli.docxSaved", p)))
                        .onFailure(e -> services.dialogs().error(m.get("escalation.wizard.docx"), e.getMessage()))
                        .executeWith(services.tasks()));
    }
}

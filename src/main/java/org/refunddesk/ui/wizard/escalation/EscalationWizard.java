package org.refunddesk.ui.wizard.escalation;

import java.nio.file.Path;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.LetterDocxWriter;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.LetterFileName;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.cases.CaseEditorDialog;
import org.refunddesk.ui.cases.CaseEditorViewModel;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.form.WizardSize;
import org.refunddesk.ui.help.WizardHelp;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * The escalation wizard (ControlsFX {@link Wizard}): four pages on one {@link EscalationWizardViewModel}.
 * Case edits from page 2 and DOCX saving from page 3 run their I/O through the task executor.
 */
public final class EscalationWizard {
    private final Wizard wizard;
    private final EscalationWizardViewModel model;
    private final AppServices services;
    /** The DOCX the user saved the draft to in this wizard, if any. */
    private Path lastDocx;

    public EscalationWizard(Window owner, EscalationWizardViewModel model, AppServices services) {
        this.model = model;
        this.services = services;
        Messages m = services.messages();
        wizard = new Wizard(owner, m.get("escalation.wizard.title"));
        wizard.setReadSettings(false);
        FilingPage filing = new FilingPage(model);
        WizardPane[] pages = {new StandingPage(model), new PreconditionsPage(model, this::editCase),
                new LetterPage(model, this::saveDocx), filing};
        String[] helpTopics = {"ladder", "ladder", "notAdvice", "clocks"};
        for (int i = 0; i < pages.length; i++) {
            WizardSize.fix(pages[i]);
            WizardHelp.attach(pages[i], m, helpTopics[i]);
        }
        wizard.setFlow(new Wizard.LinearFlow(pages));
        // one size on every page (WizardSize): ControlsFX re-centres a dialog whose size changes, so it jumped
        wizard.getDialog().setResizable(false);
        filing.addEventFilter(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof Button b && ButtonBar.getButtonData(b) == ButtonBar.ButtonData.FINISH
                    && model.filing().filedEventProperty().get() == null && model.channelProperty().get() != null) {
                e.consume();
                askWhetherSent();
            }
        });
    }

    /**
     * Finish without recording the filing: was it sent? Yes records it as the "record" button does (the same
     * event and clocks) and closes; no records nothing as sent and says where the draft is.
     */
    private void askWhetherSent() {
        Messages m = services.messages();
        String channel = m.of(model.channelProperty().get());
        if (services.dialogs().confirm(m.get("escalation.wizard.sent.title", channel),
                m.get("escalation.wizard.sent.question", channel))) {
            model.filing().file(this::close);
            return;
        }
        services.dialogs().notify(lastDocx == null ? m.get("escalation.wizard.sent.notYet", channel)
                : m.get("escalation.wizard.sent.notYetExported", channel, lastDocx));
        close();
    }

    private void close() {
        wizard.getDialog().setResult(ButtonType.FINISH);
        wizard.getDialog().close();
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
                        .onSuccess(p -> {
                            lastDocx = p;
                            services.dialogs().notify(m.get("escalation.cli.docxSaved", p));
                        })
                        .onFailure(e -> services.dialogs().error(m.get("escalation.wizard.docx"), e.getMessage()))
                        .executeWith(services.tasks()));
    }
}

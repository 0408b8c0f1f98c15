package org.refunddesk.ui.wizard.eligibility;

import javafx.scene.control.ScrollPane;

import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.form.WizardButtons;

/** A wizard page made of questions; knows which {@link WizardPage} it is so the flow can skip it. */
class QuestionPage extends WizardPane {
    /** The app's look (a dialog has its own scene, so the main window's stylesheet does not reach it). */
    private static final String[] STYLESHEETS = {"/org/refunddesk/ui/app.css", "/org/refunddesk/ui/timeline/timeline.css"};
    private final WizardPage page;
    protected final Questions questions = new Questions();
    protected final Messages messages;

    private final EligibilityWizardViewModel vm;

    QuestionPage(WizardPage page, EligibilityWizardViewModel vm) {
        this.page = page;
        this.vm = vm;
        this.messages = vm.messages();
        setId("page-" + page.name());
        String key = "wizard.page." + page.name();
        setHeaderText(messages.get(key));
        ScrollPane scroll = new ScrollPane(questions);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.getStyleClass().add("wizard-scroll");
        setContent(scroll);
        for (String css : STYLESHEETS) {
            var url = QuestionPage.class.getResource(css);
            if (url != null) {
                getStylesheets().add(url.toExternalForm());
            }
        }
    }

    /** "Next" follows this page's validation, whichever way the user arrived. */
    @Override
    public void onEnteringPage(Wizard wizard) {
        wizard.invalidProperty().bind(vm.invalid(page));
        WizardButtons.localise(this, messages);
    }

    WizardPage page() {
        return page;
    }
}

package org.refunddesk.ui.wizard.eligibility;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ScrollPane;

import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.form.WizardButtons;
import org.refunddesk.ui.form.WizardSize;
import org.refunddesk.ui.help.WizardHelp;

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
        setHeaderText(messages.get("wizard.page." + page.name()));
        WizardSize.fix(this);
        WizardHelp.attach(this, messages, helpTopic(page));
        ScrollPane scroll = new ScrollPane(questions);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(400);
        scroll.getStyleClass().add("wizard-scroll");
        setContent(scroll);
        // "Next" is not greyed out while the page has a problem: pressing it shows every problem and stays here
        addEventFilter(ActionEvent.ACTION, e -> {
            if (e.getTarget() instanceof Button b && ButtonBar.getButtonData(b) == ButtonBar.ButtonData.NEXT_FORWARD
                    && vm.invalid(page).get()) {
                questions.errors().revealAll();
                e.consume();
            }
        });
        for (String css : STYLESHEETS) {
            var url = QuestionPage.class.getResource(css);
            if (url != null) {
                getStylesheets().add(url.toExternalForm());
            }
        }
    }

    /** The header numbers the page among the pages that apply now (a skipped page takes no number). */
    @Override
    public void onEnteringPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
        wizard.setInvalid(false);
        String title = messages.get("wizard.page." + page.name());
        setHeaderText(page == WizardPage.RESULT ? title
                : messages.get("wizard.page.numbered", vm.stepNumber(page), title));
        WizardButtons.localise(this, messages);
    }

    /** The guide's topic for the "?" of each page. */
    static String helpTopic(WizardPage page) {
        return switch (page) {
            case PURCHASE, PROBLEM -> "start";
            case USE_STATE -> "evidence";
            case SINCE -> "clocks";
            case RED_FLAGS -> "scams";
            case RESULT -> "ladder";
        };
    }

    WizardPage page() {
        return page;
    }
}

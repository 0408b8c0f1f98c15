package org.refunddesk.ui.wizard.eligibility;

/** Page 3: was the card key extracted, the goods used, the package activated? */
final class UseStatePage extends QuestionPage {
    UseStatePage(EligibilityWizardViewModel vm) {
        super(WizardPage.USE_STATE, vm);
        UseStateAnswers u = vm.useState();
        Questions.showOnlyWhen(questions.ask(messages.get("wizard.q.extracted"),
                Questions.yes("cardKeyExtracted", messages.get("wizard.yes"), u.cardKeyExtractedProperty()), null),
                u.asksCardKey());
        Questions.showOnlyWhen(questions.ask(messages.get("wizard.q.activated"),
                Questions.yes("activated", messages.get("wizard.yes"), u.activatedProperty()), null),
                u.asksActivated());
        questions.ask(messages.get("wizard.q.used"),
                Questions.yes("used", messages.get("wizard.yes"), u.usedProperty()), null);
    }
}

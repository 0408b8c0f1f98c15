package org.refunddesk.ui.wizard.eligibility;

import java.util.Locale;

import org.refunddesk.domain.RedFlag;

/** Page 5: scam warning signs. Each "yes" becomes a warning on the result and a red flag on the case. */
final class RedFlagsPage extends QuestionPage {
    RedFlagsPage(EligibilityWizardViewModel vm) {
        super(WizardPage.RED_FLAGS, vm);
        for (RedFlag flag : RedFlag.values()) {
            questions.ask(messages.get("wizard.q.flag." + flag.name()),
                    Questions.yes("flag-" + flag.name().toLowerCase(Locale.ROOT), messages.get("wizard.yes"),
                            vm.redFlags().answer(flag)), null);
        }
    }
}

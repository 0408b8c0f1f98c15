package org.refunddesk.ui.wizard.eligibility;

/** The pages of the eligibility wizard, in order. USE_STATE is skipped when none of its questions apply. */
public enum WizardPage {
    PURCHASE, PROBLEM, USE_STATE, SINCE, RED_FLAGS, RESULT
}

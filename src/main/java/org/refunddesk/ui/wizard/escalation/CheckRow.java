package org.refunddesk.ui.wizard.escalation;

import org.refunddesk.rules.escalation.CheckResult;

/** One precondition as the wizard lists it: the result, its status and explanation in words. */
public record CheckRow(CheckResult result, String status, String text) {
    public boolean fixableInCaseEditor() {
        return result.status() != CheckResult.Status.OK && result.fix().inCaseEditor();
    }
}

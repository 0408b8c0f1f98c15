package org.refunddesk.rules.escalation;

/** Where a step that was taken stands, read from the last event on its channel. */
public enum StepOutcome {
    /** Filed; no answer yet. */
    PENDING,
    /** The body accepted the complaint and is handling it. */
    ACCEPTED,
    /** The refund was approved and is on its way. */
    APPROVED,
    /** A final answer other than a refund: the ladder moves on. */
    ANSWERED,
    /** The refund was refused: the ladder moves on. */
    REJECTED,
    /** Money came back on this step. */
    REFUNDED;

    /** A final answer: the step is over and the next one is open, whatever its clock says. */
    public boolean isFinal() {
        return this == ANSWERED || this == REJECTED || this == REFUNDED;
    }
}

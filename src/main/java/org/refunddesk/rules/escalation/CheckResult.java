package org.refunddesk.rules.escalation;

/** The result of one precondition: its status, the explanation (which names the fix) and where to fix it. */
public record CheckResult(Precondition precondition, Status status, Reason message, FixTarget fix) {

    public enum Status {
        OK, INFO, WARNING, FAILED
    }

    public static CheckResult ok(Precondition p, Reason message) {
        return new CheckResult(p, Status.OK, message, FixTarget.NONE);
    }

    public static CheckResult info(Precondition p, Reason message) {
        return new CheckResult(p, Status.INFO, message, FixTarget.NONE);
    }

    public static CheckResult warning(Precondition p, Reason message, FixTarget fix) {
        return new CheckResult(p, Status.WARNING, message, fix);
    }

    public static CheckResult failed(Precondition p, Reason message, FixTarget fix) {
        return new CheckResult(p, Status.FAILED, message, fix);
    }
}

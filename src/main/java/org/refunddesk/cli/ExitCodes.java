package org.refunddesk.cli;

/** Exit codes of the command line: a contract for scripts. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL_FAILURE = 1;
    public static final int BAD_INPUT = 2;
    /** A check found problems (e.g. evidence that no longer matches its hash). */
    public static final int CHECK_FAILED = 3;

    private ExitCodes() {
    }
}

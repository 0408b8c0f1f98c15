package org.refunddesk.cli;

/** Exit codes of the command line: a contract for scripts. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL_FAILURE = 1;
    public static final int BAD_INPUT = 2;
    /** A check found problems (e.g. evidence that no longer matches its hash). */
    public static final int CHECK_FAILED = 3;
    /** The data folder is in use by another RefundDesk (the app or a command); try again when it is done. */
    public static final int FOLDER_IN_USE = 4;

    private ExitCodes() {
    }
}

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
    /**
     * The store cannot be opened or written: the disk is full, the folder may not be written, or the database file
     * is damaged. The message says which and what to do (check, recover, free space).
     */
    public static final int STORE_UNUSABLE = 5;
    /**
     * The team server cannot be reached (down, no network, connection refused or dropped): nothing was changed; try
     * again when it is back (issue 16).
     */
    public static final int SERVER_UNREACHABLE = 6;
    /** The team server refused: the login role may not do this (a helper adding people, another helper's case). */
    public static final int NOT_ALLOWED = 7;

    private ExitCodes() {
    }
}

package org.refunddesk.ui.teammove;

import java.util.Optional;

import org.refunddesk.store.TeamTransfer;

/**
 * One copy between this computer's store and the team server (issue 16), as the app wires it: which stores, the
 * login, and the words for a failure. {@link #run} runs on a worker thread.
 */
public interface TeamMoveJob {

    /** What the copy tells the dialog while it runs (any thread). */
    interface Steps {
        /** The store is being opened / the server logged in to. */
        void connecting();

        /** Logged in: the role's name in words, the user, the server's label. */
        void loggedIn(String role, String user, String server);

        /** Hears the evidence files fetched into the server store's cache before a download. */
        TeamTransfer.Listener fetching();

        /** Hears the copy itself, case by case; asks it to stop between cases when the user pressed Stop. */
        TeamTransfer.Listener copying();
    }

    /**
     * Logs in (with {@code password}, or when null the one given at start or kept in the keyring), copies and closes
     * what it opened. A refused login throws {@link org.refunddesk.store.ServerLoginRefusedException}.
     */
    TeamTransfer.Result run(char[] password, Steps steps) throws Exception;

    /** Why it failed, in words for people. */
    String reason(Throwable error);

    /** After a refused login (on the FX thread): the password typed, empty when cancelled or when none is asked. */
    Optional<char[]> askPassword(boolean wrongBefore);
}

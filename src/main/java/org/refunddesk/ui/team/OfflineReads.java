package org.refunddesk.ui.team;

import java.util.function.Consumer;

import org.refunddesk.store.ServerProbe;

/**
 * How a view treats a failure that says the team server is unreachable (issue 16): a read keeps what the view last
 * read and says nothing more (the connection banner says it); a change is refused in the view's own words.
 */
public final class OfflineReads {
    private OfflineReads() {
    }

    /** For a read's failure: {@code otherwise} only when the failure is not the server being unreachable. */
    public static Consumer<Throwable> unlessUnreachable(Consumer<Throwable> otherwise) {
        return error -> {
            if (!ServerProbe.unreachable(error)) {
                otherwise.accept(error);
            }
        };
    }

    /** The words for a failed change: {@code offline} when the server could not be reached, else its message. */
    public static String text(Throwable error, String offline) {
        if (ServerProbe.unreachable(error)) {
            return offline;
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}

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

    /** True when the failure says the team server could not be reached. */
    public static boolean unreachable(Throwable error) {
        return ServerProbe.unreachable(error);
    }
}

package org.refunddesk.store.offline;

import java.util.List;
import java.util.Optional;

/**
 * How a replay ended: {@code replayed} entries confirmed and removed; {@code conflict}: the first conflict left
 * undecided by the handler; stopped at a failure that says the server is gone again ({@code failedAt},
 * {@code failure}), or went through. {@code held}: the entries that wait for the person afterwards (skipped).
 */
public record ReplayReport(int replayed, Optional<QueuedEdit> conflict, Optional<QueuedEdit> failedAt,
                           Optional<RuntimeException> failure, int remaining, List<QueuedEdit> held) {
    public ReplayReport {
        held = held == null ? List.of() : List.copyOf(held);
    }

    public ReplayReport(int replayed, Optional<QueuedEdit> conflict, Optional<QueuedEdit> failedAt,
                        Optional<RuntimeException> failure, int remaining) {
        this(replayed, conflict, failedAt, failure, remaining, List.of());
    }

    public boolean complete() {
        return remaining == 0;
    }
}

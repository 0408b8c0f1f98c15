package org.refunddesk.store.offline;

import java.util.Optional;

/**
 * How a replay ended: {@code replayed} entries confirmed and removed; stopped at a conflict (handed to the
 * conflict handler) or a failure (server gone again, case deleted …), or with the queue empty.
 */
public record ReplayReport(int replayed, Optional<QueuedEdit> conflict, Optional<QueuedEdit> failedAt,
                           Optional<RuntimeException> failure, int remaining) {
    public boolean complete() {
        return remaining == 0;
    }
}

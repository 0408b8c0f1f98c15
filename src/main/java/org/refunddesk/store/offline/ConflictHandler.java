package org.refunddesk.store.offline;

import org.refunddesk.store.StaleCaseException;

/**
 * Told about a queued edit the server refused as stale. The replay stops there; the entry and those after it
 * wait. Resolve with {@link OfflineQueue#resolve} or {@link OfflineQueue#discard}, then replay again.
 * Called on the replaying thread.
 */
@FunctionalInterface
public interface ConflictHandler {
    void conflict(QueuedEdit entry, StaleCaseException refusal);
}

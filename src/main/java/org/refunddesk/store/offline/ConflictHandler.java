package org.refunddesk.store.offline;

import org.refunddesk.store.StaleCaseException;

/**
 * Told about a queued edit the server refused as stale. Resolve it with {@link OfflineQueue#resolve} or
 * {@link OfflineQueue#discard} before returning and the replay sends it again (or forgets it); left as it is, the
 * entry is held as an undecided conflict and the replay goes on with the rest. Called on the replaying thread.
 */
@FunctionalInterface
public interface ConflictHandler {
    void conflict(QueuedEdit entry, StaleCaseException refusal);
}

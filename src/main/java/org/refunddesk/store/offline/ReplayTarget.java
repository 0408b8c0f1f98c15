package org.refunddesk.store.offline;

import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.StaleCaseException;

/**
 * Where queued edits go when the server is back (the team store). Each call is one transaction. Replays can
 * repeat an edit that already landed (a crash after the server confirmed, before the queue forgot it), so:
 */
public interface ReplayTarget {
    /**
     * Stores a new case and returns its stored version. When a case with this id is already stored, writes
     * nothing and throws {@link StaleCaseException} (base version 0) carrying the stored case: the queue treats
     * an identical stored case as its own earlier replay, anything else as a conflict.
     */
    long create(RefundCase refundCase) throws StaleCaseException;

    /**
     * Writes the case's fields if the stored version is still {@code baseVersion}, returning the new version;
     * else writes nothing and throws {@link StaleCaseException} with the stored case.
     */
    long update(RefundCase refundCase, long baseVersion) throws StaleCaseException;

    /**
     * Appends the event to the case's log. An event with this id already stored is success (nothing written).
     * Does not check or change the case's version: events never conflict.
     */
    void appendEvent(UUID caseId, CaseEvent event);
}

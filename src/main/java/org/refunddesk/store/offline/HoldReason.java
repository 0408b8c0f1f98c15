package org.refunddesk.store.offline;

/** Why a queued edit waits for the person instead of being sent by the next replay. */
public enum HoldReason {
    /** The case is no longer on the server (deleted, or no longer visible to this login). */
    CASE_GONE,
    /** Someone else changed the case and the comparison was closed without a choice. */
    CONFLICT,
    /** The server refused the edit itself (a rule of the database, a right this login lacks). */
    REFUSED
}

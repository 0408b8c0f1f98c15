package org.refunddesk.store.offline;

/** What a queued edit does on the server. */
public enum EditKind {
    /** A case made while offline. */
    CREATE,
    /** New field values for a case, based on the version the edit started from. */
    UPDATE,
    /** One event appended to a case's log (events never conflict). */
    APPEND_EVENT
}

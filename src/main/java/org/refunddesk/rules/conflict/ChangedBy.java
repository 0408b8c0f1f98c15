package org.refunddesk.rules.conflict;

/** Who changed a field since the version both edits started from. */
public enum ChangedBy {
    /** Only this user's edit changed it. */
    MINE,
    /** Only the version stored meanwhile changed it. */
    THEIRS,
    /** Both changed it, to different values. */
    BOTH,
    /** The common starting version is not known (an edit queued offline without it). */
    UNKNOWN
}

package org.refunddesk.rules.conflict;

/** Which side's value a merged case takes for one field. */
public enum FieldChoice {
    KEEP_MINE, TAKE_THEIRS
}

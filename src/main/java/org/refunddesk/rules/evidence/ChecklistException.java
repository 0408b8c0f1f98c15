package org.refunddesk.rules.evidence;

/** The checklist data is malformed; the message names the JSON path. */
public class ChecklistException extends RuntimeException {
    public ChecklistException(String message) {
        super(message);
    }

    public ChecklistException(String message, Throwable cause) {
        super(message, cause);
    }
}

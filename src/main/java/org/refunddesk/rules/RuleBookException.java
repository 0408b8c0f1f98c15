package org.refunddesk.rules;

/** A rule book file is not valid; the message names the file and the JSON path. */
public class RuleBookException extends RuntimeException {
    public RuleBookException(String message) {
        super(message);
    }
}

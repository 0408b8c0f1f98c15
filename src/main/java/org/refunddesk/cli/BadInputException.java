package org.refunddesk.cli;

/** The user's input is wrong: exit 2 with this one-line message. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}

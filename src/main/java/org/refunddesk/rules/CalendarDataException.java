package org.refunddesk.rules;

/** A holiday file could not be read; the message names the file and the field. */
public class CalendarDataException extends RuntimeException {
    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.refunddesk.store;

/** A column holds something no case can hold (an unknown enum name, a negative amount): says which and what. */
final class BadStoredValue extends RuntimeException {
    BadStoredValue(String column, String problem) {
        super(column + " " + problem);
    }

    static String show(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }
}

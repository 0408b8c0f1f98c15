package org.refunddesk.exchange.statement;

import java.util.Arrays;

import org.refunddesk.rules.i18n.Messages;

/**
 * A bill that cannot be read: a message key of the {@code statements} bundle with its arguments; the
 * first argument is the line (CSV) or row (XLSX) at fault when there is one. {@link #getMessage()} is the
 * English text, for logs; users get {@link #message(Messages)}.
 */
public final class StatementException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    StatementException(String key, Object... args) {
        super(format(Messages.forTag("en"), key, args));
        this.key = key;
        this.args = args.clone();
    }

    /** Where in the file: a CSV line or a spreadsheet row, 1-based as the user's editor shows it. */
    public record Place(int number, boolean row) {
        public String text(Messages messages) {
            return messages.get(row ? "statements.place.row" : "statements.place.line", Integer.toString(number));
        }
    }

    private static String format(Messages messages, String key, Object[] args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Place place) {
                shown[i] = place.text(messages);
            }
        }
        return messages.get(key, shown);
    }

    public String key() {
        return key;
    }

    public String message(Messages messages) {
        return format(messages, key, args);
    }

    @Override
    public String toString() {
        return "StatementException[" + key + Arrays.toString(args) + "]";
    }
}

package org.refunddesk.exchange.xlsx;

import org.refunddesk.rules.i18n.Messages;

/**
 * Something wrong in an import file: a cell (row, column, the text found, why) or, when {@code column}
 * is null, the whole file (missing header or column; row 0). The reason is a message key in caseload.properties.
 * A null {@code value} (a formula without a result) leaves the quoted text out.
 */
public record ImportIssue(int row, CaseColumn column, String value, String reasonKey, Object... reasonArgs) {
    /** Enough of a bad value to recognise it; a 10 MB cell is not echoed back whole. */
    private static final int MAX_SHOWN = 60;

    /** E.g. row 12, amount, 12,5, not an amount — in the chosen language (caseload.import.cellError). */
    public String message(Messages messages) {
        String reason = messages.get(reasonKey, reasonArgs);
        if (column == null) {
            return row == 0 ? reason : messages.get("caseload.import.rowError", row, reason);
        }
        if (value == null) {
            return messages.get("caseload.import.cellProblem", row, messages.get(column.headerKey()), reason);
        }
        return messages.get("caseload.import.cellError", row, messages.get(column.headerKey()), shown(value), reason);
    }

    /** Control characters as U+XXXX so the message stays one line; long values cut. */
    private static String shown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(MAX_SHOWN).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(String.format("<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return value.codePointCount(0, value.length()) > MAX_SHOWN ? out + "…" : out.toString();
    }
}

package org.refunddesk.exchange.xlsx;

import org.refunddesk.rules.i18n.Messages;

/**
 * Something wrong in an import file: a cell (row, column, the text found, why) or, when {@code column}
 * is null, the whole file (missing header or column; row 0). The reason is a message key in caseload.properties.
 */
public record ImportIssue(int row, CaseColumn column, String value, String reasonKey, Object... reasonArgs) {

    /** E.g. row 12, amount, 12,5, not an amount — in the chosen language (caseload.import.cellError). */
    public String message(Messages messages) {
        String reason = messages.get(reasonKey, reasonArgs);
        if (column == null) {
            return row == 0 ? reason : messages.get("caseload.import.rowError", row, reason);
        }
        return messages.get("caseload.import.cellError", row, messages.get(column.headerKey()),
                value == null ? "" : value, reason);
    }
}

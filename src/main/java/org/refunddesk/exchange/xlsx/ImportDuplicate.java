package org.refunddesk.exchange.xlsx;

import org.refunddesk.rules.i18n.Messages;

/** A row that is not imported because its case is already there (earlier in the file, or in the store). */
public record ImportDuplicate(int row, Kind kind, int firstRow, String platform, String orderNo, String caseId) {
    public enum Kind { IN_FILE, IN_STORE, SAME_ID }

    public String message(Messages messages) {
        return switch (kind) {
            case IN_FILE -> messages.get("caseload.import.duplicateInFile", row, firstRow, platform, orderNo);
            case IN_STORE -> messages.get("caseload.import.duplicateInStore", row, platform, orderNo);
            case SAME_ID -> messages.get("caseload.import.duplicateId", row, caseId);
        };
    }
}

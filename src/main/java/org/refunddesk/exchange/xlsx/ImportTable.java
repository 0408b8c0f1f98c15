package org.refunddesk.exchange.xlsx;

import java.util.List;

/**
 * A spreadsheet or CSV as read: the header texts and the data rows. Cell values are String, Double
 * (numeric cells), java.time.LocalDateTime (date cells) or null (empty). Row numbers are as the user
 * sees them in Excel: the header is row 1.
 */
public record ImportTable(List<String> headers, List<Row> rows) {
    public record Row(int number, List<Object> cells) {
        public Object cell(int index) {
            return index < 0 || index >= cells.size() ? null : cells.get(index);
        }

        public boolean blank() {
            return cells.stream().allMatch(c -> c == null || c instanceof String s && s.isBlank());
        }
    }

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}

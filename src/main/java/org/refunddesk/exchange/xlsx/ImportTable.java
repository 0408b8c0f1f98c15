package org.refunddesk.exchange.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet or CSV as read: the header texts and the data rows. Cell values are String, Double
 * (numeric cells), java.time.LocalDateTime (date cells), {@link FormulaWithoutValue} or null (empty). Row
 * numbers are as the user sees them in Excel: the header is row 1.
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

    /**
     * A formula cell whose result cannot be used: no saved result ({@code error} null) or an error value such
     * as {@code #DIV/0!}. Never read as the formula's text or as 0; the import names the cell ({@code D12}).
     */
    public record FormulaWithoutValue(String reference, String error) {
        @Override
        public String toString() {
            return error == null ? "=?" : error;
        }
    }

    /** Receives a table as it is read, one row at a time, so a large file is never held whole. */
    public interface Sink {
        void headers(List<String> headers);

        void row(Row row);
    }

    public ImportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Collects what a reader streams (for the preview dialog, which shows every row). */
    static final class Collector implements Sink {
        private List<String> headers = List.of();
        private final List<Row> rows = new ArrayList<>();

        @Override
        public void headers(List<String> found) {
            headers = found;
        }

        @Override
        public void row(Row row) {
            rows.add(row);
        }

        ImportTable table() {
            return new ImportTable(headers, rows);
        }
    }
}

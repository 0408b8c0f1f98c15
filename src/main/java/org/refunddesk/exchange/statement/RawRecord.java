package org.refunddesk.exchange.statement;

import java.util.List;

/** One record of the file as text cells, with the line (CSV) or row (XLSX) it starts on. */
record RawRecord(int number, List<String> cells) {
    String cell(int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    boolean blank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The cells joined, for the preamble's free text (counts, export time). */
    String text() {
        return String.join(",", cells.stream().map(c -> c == null ? "" : c).toList());
    }
}

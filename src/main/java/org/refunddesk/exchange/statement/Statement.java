package org.refunddesk.exchange.statement;

import java.time.Instant;
import java.util.List;

/** A bill read from a file: its layout, its transactions in file order, and when it was exported (null if not said). */
public record Statement(StatementFormat format, List<StatementRow> rows, Instant exportedAt) {
    public Statement {
        rows = List.copyOf(rows);
    }
}

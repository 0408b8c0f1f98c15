package org.refunddesk.exchange.xlsx;

import java.util.List;

/** Sheet names and the columns (header key, width in characters) of the export's four sheets. */
final class SheetLayout {
    record Column(String headerKey, int widthChars) {
    }

    static final String CASES = "caseload.sheet.cases";
    static final String DEADLINES = "caseload.sheet.deadlines";
    static final String EVENTS = "caseload.sheet.events";
    static final String EVIDENCE = "caseload.sheet.evidence";

    static final List<Column> DEADLINE_COLUMNS = List.of(
            new Column("caseload.col.deadline.case", 38), new Column("caseload.col.deadline.rule", 24),
            new Column("caseload.col.deadline.due", 17), new Column("caseload.col.deadline.state", 10),
            new Column("caseload.col.deadline.basis", 40));
    static final List<Column> EVENT_COLUMNS = List.of(
            new Column("caseload.col.event.case", 38), new Column("caseload.col.event.type", 16),
            new Column("caseload.col.event.at", 17), new Column("caseload.col.event.channel", 16),
            new Column("caseload.col.event.ref", 20), new Column("caseload.col.event.amount", 11),
            new Column("caseload.col.event.note", 40));
    static final List<Column> EVIDENCE_COLUMNS = List.of(
            new Column("caseload.col.evidence.case", 38), new Column("caseload.col.evidence.file", 36),
            new Column("caseload.col.evidence.category", 16), new Column("caseload.col.evidence.sha256", 66));

    private SheetLayout() {
    }
}

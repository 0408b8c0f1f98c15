package org.refunddesk.exchange.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.AtomicFiles;
import org.refunddesk.exchange.ExportProgress;
import org.refunddesk.rules.Masking;
import org.refunddesk.rules.i18n.Messages;

/**
 * Writes cases to one .xlsx with the sheets cases / deadlines / events / evidence, streaming (SXSSF)
 * so memory stays bounded however many cases there are. Amounts are numeric cells ("0.00"), moments
 * date cells in Asia/Shanghai ("yyyy-mm-dd hh:mm"); headers in the chosen language, frozen, with an
 * auto-filter. Phones, order and transaction numbers (also inside titles, references and notes) are masked by
 * {@link Masking} unless {@code showInFull}. Written to a temp file, then moved into place.
 */
public final class XlsxCaseExporter {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Rows SXSSF keeps in memory per sheet before flushing to its temp file. */
    private static final int WINDOW_ROWS = 200;
    private static final int PROGRESS_EVERY = 500;

    private final Messages messages;
    private final boolean showInFull;

    /** @param showInFull true only when the user asked for full numbers (the export is for their own use) */
    public XlsxCaseExporter(Messages messages, boolean showInFull) {
        this.messages = messages;
        this.showInFull = showInFull;
    }

    /**
     * @param cases the cases, read once in order (may be a lazy iterable)
     * @param total how many there are, for the progress callback
     * @return the number of cases written
     */
    public long export(Iterable<CaseOverview> cases, long total, Path target, ExportProgress progress)
            throws IOException {
        long[] written = {0};
        AtomicFiles.write(target, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS)) {
                written[0] = fill(workbook, cases, total, progress);
                workbook.write(out);
            }
        });
        return written[0];
    }

    private long fill(SXSSFWorkbook workbook, Iterable<CaseOverview> cases, long total, ExportProgress progress) {
        Styles styles = new Styles(workbook);
        CellNames names = new CellNames(messages);
        SXSSFSheet caseSheet = sheet(workbook, SheetLayout.CASES, caseColumns(), styles);
        SXSSFSheet deadlineSheet = sheet(workbook, SheetLayout.DEADLINES, SheetLayout.DEADLINE_COLUMNS, styles);
        SXSSFSheet eventSheet = sheet(workbook, SheetLayout.EVENTS, SheetLayout.EVENT_COLUMNS, styles);
        SXSSFSheet evidenceSheet = sheet(workbook, SheetLayout.EVIDENCE, SheetLayout.EVIDENCE_COLUMNS, styles);
        int caseRow = 1;
        int deadlineRow = 1;
        int eventRow = 1;
        int evidenceRow = 1;
        long done = 0;
        progress.update(0, total);
        for (CaseOverview overview : cases) {
            RefundCase c = overview.refundCase();
            String id = c.id().toString();
            writeCase(caseSheet.createRow(caseRow++), overview, id, styles, names);
            for (Deadline d : overview.deadlines()) {
                Row row = deadlineSheet.createRow(deadlineRow++);
                text(row, 0, id);
                // the rule's name as the timeline shows it, never its id (issue 11 §4)
                text(row, 1, org.refunddesk.rules.reminders.ReminderTexts.ruleName(d.rule(), messages));
                date(row, 2, d.dueAt(), styles);
                text(row, 3, names.of(d.state()));
                text(row, 4, d.basis());
            }
            for (CaseEvent e : c.events()) {
                Row row = eventSheet.createRow(eventRow++);
                text(row, 0, id);
                text(row, 1, names.of(e.type()));
                date(row, 2, e.at(), styles);
                text(row, 3, names.of(e.channel()));
                text(row, 4, shown(e.ref(), Masking::text));
                amount(row, 5, e.amount(), styles);
                text(row, 6, shown(e.note(), Masking::text));
            }
            for (CaseOverview.EvidenceFile f : overview.evidence()) {
                Row row = evidenceSheet.createRow(evidenceRow++);
                text(row, 0, id);
                text(row, 1, f.file());
                text(row, 2, f.category());
                text(row, 3, f.sha256());
            }
            if (++done % PROGRESS_EVERY == 0) {
                progress.update(done, total);
            }
        }
        filter(caseSheet, caseRow, CaseColumn.values().length);
        filter(deadlineSheet, deadlineRow, SheetLayout.DEADLINE_COLUMNS.size());
        filter(eventSheet, eventRow, SheetLayout.EVENT_COLUMNS.size());
        filter(evidenceSheet, evidenceRow, SheetLayout.EVIDENCE_COLUMNS.size());
        progress.update(done, total);
        return done;
    }

    private void writeCase(Row row, CaseOverview overview, String id, Styles styles, CellNames names) {
        RefundCase c = overview.refundCase();
        text(row, CaseColumn.ID.ordinal(), id);
        text(row, CaseColumn.TITLE.ordinal(), shown(c.title(), Masking::text));
        text(row, CaseColumn.CONSUMER.ordinal(), c.consumer().name());
        text(row, CaseColumn.PHONE.ordinal(), shown(c.consumer().phone(), Masking::phone));
        if (c.platform() != null) {
            text(row, CaseColumn.PLATFORM.ordinal(), c.platform().name());
            text(row, CaseColumn.OPERATOR.ordinal(), c.platform().operator());
            text(row, CaseColumn.CREDIT_CODE.ordinal(), c.platform().creditCode());
            text(row, CaseColumn.LEGAL_REPRESENTATIVE.ordinal(), c.platform().legalRepresentative());
        }
        if (c.purchase() != null) {
            text(row, CaseColumn.PRODUCT.ordinal(), names.of(c.purchase().product()));
            amount(row, CaseColumn.AMOUNT.ordinal(), c.purchase().amount(), styles);
            date(row, CaseColumn.PAID_AT.ordinal(), c.purchase().paidAt(), styles);
            text(row, CaseColumn.ORDER_NO.ordinal(), shown(c.purchase().orderNo(), Masking::tail));
            text(row, CaseColumn.DELIVERY.ordinal(), names.of(c.purchase().delivery()));
        }
        if (c.problem() != null) {
            text(row, CaseColumn.PROBLEM.ordinal(), names.of(c.problem().kind()));
            text(row, CaseColumn.FEE_DISCLOSED.ordinal(), YesNo.write(c.problem().feeDisclosed(), messages));
        }
        text(row, CaseColumn.VERDICT.ordinal(), names.of(overview.verdict()));
        text(row, CaseColumn.STATUS.ordinal(), names.of(c.status()));
        text(row, CaseColumn.ASSIGNEE.ordinal(), c.assignee());
        Deadline next = overview.nextOpenDeadline();
        date(row, CaseColumn.NEXT_DEADLINE.ordinal(), next == null ? null : next.dueAt(), styles);
        if (overview.evidenceScore() != null) {
            Cell cell = row.createCell(CaseColumn.EVIDENCE_SCORE.ordinal());
            cell.setCellValue(overview.evidenceScore());
            cell.setCellStyle(styles.integer);
        }
        text(row, CaseColumn.TAGS.ordinal(), c.tags().isEmpty() ? null : String.join(", ", c.tags()));
        org.refunddesk.domain.Consent consent = c.consumer().consent();
        if (consent != null) {
            text(row, CaseColumn.IS_USER.ordinal(), YesNo.write(consent.consumerIsUser(), messages));
            text(row, CaseColumn.CONSENT_METHOD.ordinal(), consent.method() == null ? null : names.of(consent.method()));
            text(row, CaseColumn.CONSENT_DATE.ordinal(), consent.agreedOn() == null ? null : consent.agreedOn().toString());
        }
    }

    /** A personal value as this export shows it: in full only when asked for. */
    private String shown(String value, java.util.function.UnaryOperator<String> mask) {
        return showInFull ? value : mask.apply(value);
    }

    private List<SheetLayout.Column> caseColumns() {
        return java.util.Arrays.stream(CaseColumn.values())
                .map(c -> new SheetLayout.Column(c.headerKey(), c.widthChars())).toList();
    }

    private SXSSFSheet sheet(SXSSFWorkbook workbook, String nameKey, List<SheetLayout.Column> columns, Styles styles) {
        SXSSFSheet sheet = workbook.createSheet(messages.get(nameKey));
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(messages.get(columns.get(i).headerKey()));
            cell.setCellStyle(styles.header);
            // autosize needs every row in memory, which SXSSF has flushed: widths are set by hand
            sheet.setColumnWidth(i, columns.get(i).widthChars() * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void filter(SXSSFSheet sheet, int rowCount, int columnCount) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowCount - 1), 0, columnCount - 1));
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void amount(Row row, int column, BigDecimal value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.money);
        }
    }

    private static void date(Row row, int column, Instant value, Styles styles) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(LocalDateTime.ofInstant(value, ZONE));
            cell.setCellStyle(styles.dateTime);
        }
    }

    /** One style object per kind of cell: styles are workbook-wide and limited in number. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle dateTime;
        final CellStyle integer;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        }
    }
}

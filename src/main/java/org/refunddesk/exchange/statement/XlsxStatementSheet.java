package org.refunddesk.exchange.statement;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of a WeChat Pay XLSX bill as text records numbered by spreadsheet row, read with POI's
 * streaming (SAX) reader so a bill of 50,000 rows needs neither a large heap nor a full workbook model.
 * A date cell becomes {@code yyyy-MM-dd HH:mm:ss} whatever its display format; a number its plain digits,
 * except one too long for a double to hold exactly (a trade number a spreadsheet turned into a number),
 * which keeps its E notation so the row parser can refuse it.
 */
final class XlsxStatementSheet {
    private XlsxStatementSheet() {
    }

    static List<RawRecord> records(byte[] bytes) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IllegalStateException("no sheet");
            }
            Rows rows = new Rows();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainValues(), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.records;
        } catch (StatementException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // a cut-off or damaged ZIP, or no sheet at all: POI's message says which
            throw new StatementException("statements.error.xlsx", String.valueOf(e.getMessage()));
        }
    }

    /** Collects each row's cells in column order, empty cells as "". */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<RawRecord> records = new ArrayList<>();
        private List<String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            records.add(new RawRecord(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Dates in one fixed form and numbers as plain digits, whatever the cell's display format says. */
    private static final class PlainValues extends DataFormatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        private static final double EXACT_DIGITS = 1e15;

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904, true).format(TIME);
            }
            return Math.abs(value) >= EXACT_DIGITS ? Double.toString(value) : BigDecimal.valueOf(value).toPlainString();
        }
    }
}

package org.refunddesk.exchange.statement;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of a WeChat Pay XLSX bill as text records numbered by spreadsheet row. A date cell
 * becomes {@code yyyy-MM-dd HH:mm:ss}; a number its plain digits, except one too long for a double
 * to hold exactly (a trade number a spreadsheet turned into a number), which keeps its E notation so the
 * row parser can refuse it.
 */
final class XlsxStatementSheet {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final double EXACT_DIGITS = 1e15;

    private XlsxStatementSheet() {
    }

    static List<RawRecord> records(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<RawRecord> records = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                records.add(new RawRecord(row.getRowNum() + 1, cells));
            }
            return records;
        } catch (Exception | LinkageError e) {
            // a cut-off or damaged ZIP, or no sheet at all: POI's message says which
            throw new StatementException("statements.error.xlsx", String.valueOf(e.getMessage()));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().format(TIME);
                }
                double d = cell.getNumericCellValue();
                yield Math.abs(d) >= EXACT_DIGITS ? Double.toString(d) : BigDecimal.valueOf(d).toPlainString();
            }
            case STRING -> cell.getStringCellValue();
            case BOOLEAN, ERROR -> formatter.formatCellValue(cell);
            default -> "";
        };
    }
}

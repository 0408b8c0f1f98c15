package org.refunddesk.exchange.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.refunddesk.rules.i18n.Messages;

/** Reads the cases sheet of an .xlsx (by its Chinese or English name, else the first sheet) into an {@link ImportTable}. */
public final class XlsxTableReader {
    private static final List<String> CASE_SHEET_NAMES = List.of(
            Messages.forTag("zh").get(SheetLayout.CASES), Messages.forTag("en").get(SheetLayout.CASES));

    private XlsxTableReader() {
    }

    public static ImportTable read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = casesSheet(workbook);
            List<String> headers = new ArrayList<>();
            List<ImportTable.Row> rows = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                if (headers.isEmpty() && rows.isEmpty()) {
                    if (row.getLastCellNum() > 0) {
                        for (int i = 0; i < row.getLastCellNum(); i++) {
                            Object v = value(row.getCell(i), formatter);
                            headers.add(v == null ? "" : v.toString().strip());
                        }
                    }
                    continue;
                }
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(headers.size(), row.getLastCellNum()); i++) {
                    cells.add(value(row.getCell(i), formatter));
                }
                ImportTable.Row r = new ImportTable.Row(row.getRowNum() + 1, cells);
                if (!r.blank()) {
                    rows.add(r);
                }
            }
            return new ImportTable(headers, rows);
        }
    }

    private static Sheet casesSheet(XSSFWorkbook workbook) {
        for (String name : CASE_SHEET_NAMES) {
            Sheet sheet = workbook.getSheet(name);
            if (sheet != null) {
                return sheet;
            }
        }
        return workbook.getSheetAt(0);
    }

    private static Object value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN, ERROR -> formatter.formatCellValue(cell);
            default -> null;
        };
    }
}

package org.refunddesk.exchange.xlsx;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one sheet's XML: each {@code <row>} becomes an {@link ImportTable.Row} with typed cells (text,
 * number, date by the cell's number format). A formula cell gives its saved result; without one (or with an
 * error result) it gives {@link ImportTable.FormulaWithoutValue}, never the formula text or 0.
 */
final class SheetRowHandler extends DefaultHandler {
    /** Carries an exception of the sink through the XML parser unchanged. */
    static final class SinkFailure extends SAXException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized Throwable getCause() {
            return getException();
        }
    }

    private final SharedStrings strings;
    private final StylesTable styles;
    private final ImportTable.Sink sink;
    private final StringBuilder text = new StringBuilder();
    private List<String> headers;
    private List<Object> cells;
    private int rowNumber;
    private String reference;
    private String type;
    private int style;
    private boolean formula;
    private boolean hasValue;
    private boolean collecting;

    SheetRowHandler(SharedStrings strings, StylesTable styles, ImportTable.Sink sink) {
        this.strings = strings;
        this.styles = styles;
        this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
            }
            case "c" -> {
                reference = attributes.getValue("r");
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? -1 : Integer.parseInt(s);
                formula = false;
                hasValue = false;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v", "t" -> {
                collecting = true;
                hasValue = true;
            }
            default -> {
                // other elements (formatting, inline rich-text runs) carry no value of their own
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "c" -> put(column(reference, cells.size()), value());
            case "row" -> emit();
            default -> {
                // nothing to finish
            }
        }
    }

    private void put(int column, Object value) {
        while (cells.size() < column) {
            cells.add(null);
        }
        if (column < cells.size()) {
            cells.set(column, value);
        } else {
            cells.add(value);
        }
    }

    private Object value() {
        String raw = text.toString();
        if (formula && !hasValue) {
            return new ImportTable.FormulaWithoutValue(reference, null);
        }
        if (type == null || "n".equals(type)) {
            return raw.isEmpty() ? null : number(raw);
        }
        return switch (type) {
            case "s" -> raw.isEmpty() ? null : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
            case "e" -> new ImportTable.FormulaWithoutValue(reference, raw);
            case "d" -> LocalDateTime.parse(raw.strip().length() == 10 ? raw.strip() + "T00:00" : raw.strip());
            default -> raw; // "str" (a formula's saved text) and "inlineStr"
        };
    }

    private Object number(String raw) {
        double d = Double.parseDouble(raw.strip());
        if (style >= 0 && style < styles.getNumCellStyles()) {
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(d)) {
                return DateUtil.getLocalDateTime(d);
            }
        }
        return d;
    }

    private void emit() throws SAXException {
        try {
            if (headers == null) {
                if (cells.stream().anyMatch(c -> c != null && !c.toString().isBlank())) {
                    headers = cells.stream().map(c -> c == null ? "" : c.toString().strip()).toList();
                    sink.headers(headers);
                }
                return;
            }
            while (cells.size() < headers.size()) {
                cells.add(null);
            }
            ImportTable.Row row = new ImportTable.Row(rowNumber, cells);
            if (!row.blank()) {
                sink.row(row);
            }
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /** "D12" → 3; a cell without a reference follows the one before it. */
    static int column(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? next : column - 1;
    }
}

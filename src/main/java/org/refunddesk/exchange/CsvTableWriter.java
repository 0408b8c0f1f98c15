package org.refunddesk.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV for spreadsheets: UTF-8 with a BOM (Excel on a Chinese Windows then reads the characters
 * right), RFC 4180 quoting, CRLF line ends. A cell that a spreadsheet would take for a formula (=, +, -, @ first)
 * gets a leading apostrophe, so text from the store can never run as a formula.
 */
public final class CsvTableWriter {
    private CsvTableWriter() {
    }

    public static void write(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(writer, header);
        for (List<String> row : rows) {
            line(writer, row);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

package org.refunddesk.exchange.xlsx;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV (RFC 4180 quoting; comma or tab separated) into an {@link ImportTable}. Text is UTF-8
 * (with or without BOM); a file that is not valid UTF-8 is read as GB18030, which is what Excel on a
 * Chinese Windows saves.
 */
public final class CsvTableReader {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTableReader() {
    }

    public static ImportTable read(Path file) throws IOException {
        return parse(decode(Files.readAllBytes(file)));
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    static ImportTable parse(String text) {
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char separator = firstLine.chars().filter(ch -> ch == '\t').count()
                > firstLine.chars().filter(ch -> ch == ',').count() ? '\t' : ',';
        List<List<Object>> records = records(text, separator);
        if (records.isEmpty()) {
            return new ImportTable(List.of(), List.of());
        }
        List<String> headers = records.get(0).stream().map(o -> o == null ? "" : o.toString().strip()).toList();
        List<ImportTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            ImportTable.Row row = new ImportTable.Row(i + 1, records.get(i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new ImportTable(headers, rows);
    }

    private static List<List<Object>> records(String text, char separator) {
        List<List<Object>> records = new ArrayList<>();
        List<Object> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == separator) {
                record.add(cell(field));
                field.setLength(0);
                fieldStarted = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell(field));
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(cell(field));
            records.add(record);
        }
        return records;
    }

    private static Object cell(StringBuilder field) {
        return field.length() == 0 ? null : field.toString();
    }
}

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
import java.util.function.Consumer;

/**
 * Reads a CSV (RFC 4180 quoting; comma or tab separated) into an {@link ImportTable}. Text is UTF-8
 * (with or without BOM) or UTF-16 with its BOM; a file that is not valid UTF-8 is read as GB18030, which is
 * what Excel on a Chinese Windows saves. Anything valid in neither (or full of NUL bytes, as UTF-16
 * without a BOM is) is refused as an unknown encoding rather than imported as mojibake.
 */
public final class CsvTableReader {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTableReader() {
    }

    public static ImportTable read(Path file) throws IOException {
        ImportTable.Collector collector = new ImportTable.Collector();
        read(file, collector);
        return collector.table();
    }

    /** Streams the header and each non-blank data row to {@code sink}. */
    public static void read(Path file, ImportTable.Sink sink) throws IOException {
        parse(decode(Files.readAllBytes(file)), sink);
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return strict(bytes, StandardCharsets.UTF_16).orElseThrow(() ->
                    new ImportFileException("importfile.encoding", null));
        }
        int nul = 0;
        for (byte b : bytes) {
            nul += b == 0 ? 1 : 0;
        }
        if (nul > bytes.length / 4) {
            // UTF-16 without a BOM (every other byte zero); a stray NUL in a cell is that cell's problem instead
            throw new ImportFileException("importfile.encoding", null);
        }
        return strict(bytes, StandardCharsets.UTF_8).or(() -> strict(bytes, GB18030))
                .orElseThrow(() -> new ImportFileException("importfile.encoding", null));
    }

    private static java.util.Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return java.util.Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    static ImportTable parse(String text) {
        ImportTable.Collector collector = new ImportTable.Collector();
        parse(text, collector);
        return collector.table();
    }

    private static void parse(String text, ImportTable.Sink sink) {
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char separator = firstLine.chars().filter(ch -> ch == '\t').count()
                > firstLine.chars().filter(ch -> ch == ',').count() ? '\t' : ',';
        int[] number = {0};
        records(text, separator, record -> {
            number[0]++;
            if (number[0] == 1) {
                sink.headers(record.stream().map(o -> o == null ? "" : o.toString().strip()).toList());
                return;
            }
            ImportTable.Row row = new ImportTable.Row(number[0], record);
            if (!row.blank()) {
                sink.row(row);
            }
        });
    }

    private static void records(String text, char separator, Consumer<List<Object>> records) {
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
                records.accept(record);
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
            records.accept(record);
        }
    }

    private static Object cell(StringBuilder field) {
        return field.length() == 0 ? null : field.toString();
    }
}

package org.refunddesk.exchange.statement;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.exchange.statement.StatementException.Place;

/**
 * A CSV bill as text records. Alipay writes GBK (read as GB18030, its superset), WeChat UTF-8 with or
 * without BOM; a file valid as UTF-8 is UTF-8, anything else must be valid GB18030. Quoted fields
 * (RFC 4180, as a spreadsheet program re-saves them) may hold commas and line breaks.
 */
final class StatementText {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private StatementText() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) || hasNul(bytes)) {
            throw new StatementException("statements.error.utf16");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        if (validUtf8(bytes, start)) { // checked on the bytes: no second copy of a 10 MB bill to find out
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        }
        // a BOM promises UTF-8: a bad byte after it is a damaged file, not GBK
        Decoded decoded = start == 3 ? strictly(StandardCharsets.UTF_8, bytes, start) : strictly(GB18030, bytes, 0);
        if (decoded.text() == null) {
            throw new StatementException("statements.error.encoding", new Place(lineAt(bytes, decoded.badAt()), false));
        }
        return decoded.text();
    }

    /** Well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF), as the strict decoder would accept. */
    static boolean validUtf8(byte[] b, int start) {
        int i = start;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int more;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                more = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                more = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                more = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + more >= n) {
                return false;
            }
            int cp = c & (0x3F >> more);
            for (int k = 1; k <= more; k++) {
                int cc = b[i + k] & 0xff;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = cp << 6 | cc & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return false;
            }
            i += more + 1;
        }
        return true;
    }

    /** The text, or null and the offset of the first byte that is not valid in the charset. */
    private record Decoded(String text, int badAt) {
    }

    private static Decoded strictly(Charset charset, byte[] bytes, int start) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, in.position());
        }
        out.flip();
        return new Decoded(out.toString(), -1);
    }

    private static boolean hasNul(byte[] bytes) {
        int end = Math.min(bytes.length, 4096);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The records of the text, each with the line it starts on; a quote left open at the end is a truncated file. */
    static List<RawRecord> records(String text) {
        List<RawRecord> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && isBlank(field)) {
                field.setLength(0);
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(new RawRecord(recordLine, record));
                record = new ArrayList<>();
                field.setLength(0);
                line++;
                recordLine = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new StatementException("statements.error.openQuote", new Place(recordLine, false));
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(new RawRecord(recordLine, record));
        }
        return records;
    }

    private static boolean isBlank(StringBuilder b) {
        for (int i = 0; i < b.length(); i++) {
            if (!Character.isWhitespace(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

package org.refunddesk.exchange.ics;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 5545 §3.1 says (ical4j's own folding counts characters, so a
 * line of Chinese text came out at up to 225 octets). A fold never splits a character: a CRLF and one space go
 * before the character that would pass the limit. The text given is unfolded (CRLF-terminated lines).
 */
final class OctetFoldingWriter extends FilterWriter {
    static final int MAX_OCTETS = 75;

    private int lineOctets;
    private char pendingHigh;

    OctetFoldingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
            return;
        }
        if (ch == '\r') {
            out.write(ch);
            return;
        }
        if (ch == '\n') {
            out.write(ch);
            lineOctets = 0;
            return;
        }
        int octets = pendingHigh != 0 && Character.isLowSurrogate(ch) ? 4 : ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
        if (lineOctets + octets > MAX_OCTETS) {
            out.write("\r\n ");
            lineOctets = 1;
        }
        if (pendingHigh != 0) {
            out.write(pendingHigh);
            pendingHigh = 0;
        }
        out.write(ch);
        lineOctets += octets;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }
}

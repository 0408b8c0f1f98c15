package org.refunddesk.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream whose close only flushes: for writers that close what they are given (ical4j's outputter, a cipher
 * stream, a ZIP entry) when the stream below must stay open, to be synced or written on.
 */
public final class NonClosingOutputStream extends FilterOutputStream {
    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len); // FilterOutputStream would write byte by byte
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}

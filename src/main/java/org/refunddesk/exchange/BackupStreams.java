package org.refunddesk.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The one place where a full backup's bytes pass between the file and the ZIP layer: an encryption layer
 * wraps these two streams and nothing else changes.
 */
public final class BackupStreams {
    private BackupStreams() {
    }

    /** What the ZIP is written to, given the (temporary) file's stream. */
    static OutputStream forWriting(OutputStream file, BackupCipher cipher) throws IOException {
        return cipher.sealing(file);
    }

    /** What the ZIP is read from, given the file's stream. */
    static InputStream forReading(InputStream file, BackupCipher cipher) throws IOException {
        return cipher.opening(file);
    }

    /** A view of the stream that the JSON reader / writer may "close" without closing the ZIP underneath. */
    static InputStream keepOpen(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // the ZIP entry ends where the ZIP says, not here
            }
        };
    }

    static OutputStream keepOpen(OutputStream out) {
        return new NonClosingOutputStream(out);
    }
}

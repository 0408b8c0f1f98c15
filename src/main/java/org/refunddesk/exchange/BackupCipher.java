package org.refunddesk.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The encryption layer of a full backup: what {@link BackupStreams} wraps the file's streams in. A backup of an
 * encrypted store is sealed as a whole (ZIP, manifest, evidence), so a copy on a USB stick leaks nothing.
 */
public interface BackupCipher {
    /** Plain ZIPs both ways: a store that is not encrypted. */
    BackupCipher NONE = new BackupCipher() {
        @Override
        public OutputStream sealing(OutputStream file) {
            return file;
        }

        @Override
        public InputStream opening(InputStream file) {
            return file;
        }
    };

    OutputStream sealing(OutputStream file) throws IOException;

    /** The ZIP's bytes from the file: unsealed when it was sealed, as they are when it is a plain ZIP. */
    InputStream opening(InputStream file) throws IOException;
}

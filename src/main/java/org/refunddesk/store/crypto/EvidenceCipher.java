package org.refunddesk.store.crypto;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Evidence files at rest: a header ({@code RDEV1}, the file's own AES-256 key sealed by the store key) and
 * the content in 64 KiB AES-GCM segments. Segments rather than one GCM message so a 50 MB video streams
 * (the JDK's GCM decryption holds a whole message in memory) and a cut or reordered file is detected:
 * each segment's nonce is its number, and the last one is marked in its associated data.
 */
public final class EvidenceCipher {
    static final byte[] MAGIC = "RDEV1".getBytes(StandardCharsets.US_ASCII);
    static final int SEGMENT = 64 * 1024;
    private static final int TAG_BYTES = 16;

    private EvidenceCipher() {
    }

    /** Whether the file starts with the encrypted-evidence header. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /** A stream that writes the header at once and seals what is written to it; close it to finish the file. */
    public static OutputStream encrypting(OutputStream out, StoreKey storeKey) throws IOException {
        byte[] fileKey = Aead.random(KdfParams.KEY_BYTES);
        byte[] wrapped = storeKey.wrap(fileKey);
        out.write(MAGIC);
        out.write(wrapped.length >> 8);
        out.write(wrapped.length);
        out.write(wrapped);
        return new Sealing(out, fileKey);
    }

    /** The plaintext of an encrypted file; {@link IOException} when a segment fails its check. */
    public static InputStream decrypting(InputStream in, StoreKey storeKey) throws IOException {
        Header header = header(in);
        try {
            return header.open(storeKey);
        } catch (WrongKeyException e) {
            throw new IOException("the evidence file's key does not open with this store's key", e);
        }
    }

    /** Reads the header only: the caller picks the key that opens it. */
    public static Header header(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = data.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an encrypted file");
        }
        int length = data.readUnsignedShort();
        return new Header(data.readNBytes(length), in);
    }

    /** A sealed stream whose header has been read. */
    public static final class Header {
        private final byte[] wrapped;
        private final InputStream rest;

        Header(byte[] wrapped, InputStream rest) {
            this.wrapped = wrapped;
            this.rest = rest;
        }

        /** The plaintext, or {@link WrongKeyException} (nothing more read) when the key does not unseal it. */
        public InputStream open(StoreKey storeKey) {
            return new Opening(rest, storeKey.unwrap(wrapped));
        }
    }

    static Cipher segmentCipher(int mode, byte[] fileKey, long index, boolean last) throws IOException {
        byte[] nonce = ByteBuffer.allocate(12).putInt(0).putLong(index).array();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(fileKey, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static final class Sealing extends FilterOutputStream {
        private final byte[] fileKey;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private long index;
        private boolean closed;

        Sealing(OutputStream out, byte[] fileKey) {
            super(out);
            this.fileKey = fileKey;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == SEGMENT) {
                    // only sealed once more bytes arrive: the last segment must be known as the last
                    seal(false);
                }
                int n = Math.min(len, SEGMENT - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            Cipher cipher = segmentCipher(Cipher.ENCRYPT_MODE, fileKey, index++, last);
            try {
                out.write(cipher.doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            filled = 0;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                seal(true);
                Arrays.fill(fileKey, (byte) 0);
                Arrays.fill(buffer, (byte) 0);
            } finally {
                out.close();
            }
        }
    }

    private static final class Opening extends InputStream {
        private final InputStream in;
        private final byte[] fileKey;
        private final byte[] sealed = new byte[SEGMENT + TAG_BYTES + 1];
        private int carried; // one byte read ahead to know whether a segment is the last
        private byte[] plain = new byte[0];
        private int position;
        private long index;
        private boolean ended;

        Opening(InputStream in, byte[] fileKey) {
            this.in = in;
            this.fileKey = fileKey;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == plain.length) {
                if (ended) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        private void next() throws IOException {
            int want = SEGMENT + TAG_BYTES + 1;
            int have = carried;
            while (have < want) {
                int n = in.read(sealed, have, want - have);
                if (n < 0) {
                    break;
                }
                have += n;
            }
            boolean last = have < want;
            int length = last ? have : want - 1;
            if (length < TAG_BYTES) {
                throw new EOFException("the encrypted evidence file is cut short");
            }
            Cipher cipher = segmentCipher(Cipher.DECRYPT_MODE, fileKey, index++, last);
            try {
                plain = cipher.doFinal(sealed, 0, length);
            } catch (AEADBadTagException e) {
                throw new IOException("the encrypted evidence file was changed or cut (segment " + (index - 1) + ")", e);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            position = 0;
            if (last) {
                ended = true;
                carried = 0;
            } else {
                sealed[0] = sealed[want - 1];
                carried = 1;
            }
        }

        @Override
        public void close() throws IOException {
            Arrays.fill(fileKey, (byte) 0);
            in.close();
        }
    }
}

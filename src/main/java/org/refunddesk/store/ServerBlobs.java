package org.refunddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Evidence files kept in the store (issue 16), content-addressed by SHA-256: one copy of equal files. A file goes in
 * and out in 1 MiB chunks, never whole in memory; its hash and size are checked when it is written (against the hash
 * computed before) and on every read, so a damaged or substituted file is refused rather than handed out.
 */
public final class ServerBlobs {
    static final int CHUNK = 1024 * 1024;

    private ServerBlobs() {
    }

    /** The file's SHA-256 in lower-case hex (read once, streamed). */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Stores the file unless a file with this hash is stored already, inside the caller's transaction; returns true
     * when it was written. {@code expectedSha256}: the hash the evidence row records; the bytes streamed must have it.
     */
    static boolean put(Connection c, Path file, String expectedSha256, Instant now) throws SQLException {
        try {
            return putFile(c, file, expectedSha256, now);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean putFile(Connection c, Path file, String expectedSha256, Instant now) throws SQLException, IOException {
        long size = Files.size(file);
        int chunks = (int) Math.max(1, (size + CHUNK - 1) / CHUNK);
        boolean postgresql = Dialect.of(c) == Dialect.POSTGRESQL;
        if (!postgresql && exists(c, expectedSha256)) {
            return false;
        }
        // on the server a helper may not see another helper's file: the insert itself says whether it is there
        try (PreparedStatement head = c.prepareStatement("INSERT INTO evidence_blobs (sha256, size_bytes, chunks, stored_at)"
                + " VALUES (?, ?, ?, ?)" + (postgresql ? " ON CONFLICT (sha256) DO NOTHING" : ""))) {
            head.setString(1, expectedSha256);
            head.setLong(2, size);
            head.setInt(3, chunks);
            Sql.setInstant(head, 4, now);
            if (head.executeUpdate() == 0) {
                return false;
            }
        }
        MessageDigest md = digest();
        long written = 0;
        try (InputStream in = Files.newInputStream(file);
             PreparedStatement ps = c.prepareStatement("INSERT INTO evidence_chunks (sha256, n, bytes) VALUES (?, ?, ?)")) {
            byte[] buf = new byte[CHUNK];
            for (int n = 0; n < chunks; n++) {
                int len = in.readNBytes(buf, 0, CHUNK);
                md.update(buf, 0, len);
                written += len;
                ps.setString(1, expectedSha256);
                ps.setInt(2, n);
                ps.setBinaryStream(3, new java.io.ByteArrayInputStream(buf, 0, len), len);
                ps.executeUpdate();
            }
            if (in.read() >= 0) {
                throw new StoreException("the file " + file + " grew while it was being stored; nothing was stored");
            }
        }
        String actual = HexFormat.of().formatHex(md.digest());
        if (written != size || !actual.equals(expectedSha256)) {
            throw new StoreException("the file " + file + " changed while it was being stored (SHA-256 " + actual
                    + ", expected " + expectedSha256 + "); nothing was stored");
        }
        return true;
    }

    static boolean exists(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM evidence_blobs WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Writes the stored file with this hash to {@code target} (through a temporary file beside it, moved in place only
     * when size and hash match). Fails when no such file is stored or it does not match its hash.
     */
    static void get(Connection c, String sha256, Path target) throws SQLException {
        try {
            getFile(c, sha256, target);
        } catch (IOException e) {
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void getFile(Connection c, String sha256, Path target) throws SQLException, IOException {
        long size;
        int chunks;
        try (PreparedStatement ps = c.prepareStatement("SELECT size_bytes, chunks FROM evidence_blobs WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no stored file has SHA-256 " + sha256);
                }
                size = rs.getLong(1);
                chunks = rs.getInt(2);
            }
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        Files.createDirectories(target.toAbsolutePath().getParent());
        MessageDigest md = digest();
        long read = 0;
        try (OutputStream out = Files.newOutputStream(tmp);
             PreparedStatement ps = c.prepareStatement("SELECT bytes FROM evidence_chunks WHERE sha256 = ? AND n = ?")) {
            for (int n = 0; n < chunks; n++) {
                ps.setString(1, sha256);
                ps.setInt(2, n);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("the stored file " + sha256 + " lacks part " + (n + 1) + " of " + chunks);
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        byte[] buf = new byte[64 * 1024];
                        for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
                            md.update(buf, 0, k);
                            out.write(buf, 0, k);
                            read += k;
                        }
                    }
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        String actual = HexFormat.of().formatHex(md.digest());
        if (read != size || !actual.equals(sha256)) {
            Files.deleteIfExists(tmp);
            throw new StoreException("the stored file " + sha256 + " does not match its hash (read " + actual
                    + ", " + read + " of " + size + " bytes): it was not used");
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.refunddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.store.crypto.EvidenceCipher;
import org.refunddesk.store.crypto.StoreKey;

/**
 * Where vault files live and how they are handled: {@code <dataDir>/evidence/<caseId>/<storedName>},
 * removed ones in {@code <dataDir>/evidence-trash/<caseId>/}. Files are read-only once stored.
 */
final class EvidenceFiles {
    static final String FOLDER = "evidence";
    static final String TRASH = "evidence-trash";

    /** A copied file's hash and length. */
    record Copied(String sha256, long size) {
    }

    /** Copies a file, returning its hash and length. */
    @FunctionalInterface
    interface Copier {
        Copied copy(Path source, Path target) throws IOException;
    }

    private final Path dataDir;

    EvidenceFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path caseFolder(UUID caseId) {
        return dataDir.resolve(FOLDER).resolve(caseId.toString());
    }

    Path stored(EvidenceItem item) {
        return caseFolder(item.caseId()).resolve(item.storedName());
    }

    Path trashed(EvidenceItem item) {
        return dataDir.resolve(TRASH).resolve(item.caseId().toString()).resolve(item.storedName());
    }

    /** The vault's own name: the id plus the original extension, so no user text reaches the file system. */
    static String storedName(UUID id, String originalName) {
        String ext = MediaTypes.extension(originalName);
        return ext.isEmpty() ? id.toString() : id + "." + ext;
    }

    /** Copies the source to {@code target}, hashing on the way. */
    static Copied copyHashing(Path source, Path target) throws IOException {
        return copyHashing(source, target, null);
    }

    /** The copier for a store: sealing each file with its own key when the store is encrypted. */
    static Copier copier(StoreKey key) {
        return (source, target) -> copyHashing(source, target, key);
    }

    /** Copies (sealing when {@code key} is given), hashing the plain content on the way. */
    static Copied copyHashing(Path source, Path target, StoreKey key) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(source); OutputStream out = sealed(Files.newOutputStream(target), key)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
                size += n;
            }
        }
        return new Copied(HexFormat.of().formatHex(sha.digest()), size);
    }

    static String hash(Path file) throws IOException {
        return hash(file, null).sha256();
    }

    /** The plain content's hash and length; a sealed file is opened with {@code key}. */
    static Copied hash(Path file, StoreKey key) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = open(file, key)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                size += n;
            }
        }
        return new Copied(HexFormat.of().formatHex(sha.digest()), size);
    }

    /** The plain content of a stored file: unsealed when the store is encrypted. */
    static InputStream open(Path file, StoreKey key) throws IOException {
        InputStream in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        return key == null ? in : EvidenceCipher.decrypting(in, key);
    }

    private static OutputStream sealed(OutputStream out, StoreKey key) throws IOException {
        return key == null ? out : EvidenceCipher.encrypting(out, key);
    }

    static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Stored evidence is not to be edited: take away write permission (best effort on every system). */
    static void makeReadOnly(Path file) {
        // some file systems ignore it (e.g. network shares); the recorded hash still detects a change
        file.toFile().setReadOnly();
    }

    static void deleteStored(Path file) throws IOException {
        if (Files.exists(file)) {
            file.toFile().setWritable(true);
            Files.delete(file);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package org.refunddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.refunddesk.domain.backup.StoredEvidence;
import org.refunddesk.store.crypto.EvidenceCipher;
import org.refunddesk.store.crypto.StoreKey;

/**
 * Evidence files of a backup, copied next to where they belong before the restore's transaction and moved
 * into place only after it committed; on failure the copies are deleted and the vault is as it was.
 */
public final class EvidenceStaging implements AutoCloseable {
    private final EvidenceFiles files;
    private final List<Path[]> staged = new ArrayList<>();
    private final StoreKey key;

    EvidenceStaging(Path dataDir) {
        this(dataDir, null);
    }

    /** Files go into an encrypted store sealed with its key ({@code null}: a plain store). */
    EvidenceStaging(Path dataDir, StoreKey key) {
        this.files = new EvidenceFiles(dataDir);
        this.key = key;
    }

    /** Copies the backup's file for this row, checking its SHA-256; a file already in place unchanged is skipped. */
    public void add(StoredEvidence evidence, InputStream content) throws IOException {
        Path target = target(evidence);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && unchanged(target, evidence)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".restoring-", ".part");
        staged.add(new Path[] {temp, target});
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(content, sha); OutputStream out = sealed(Files.newOutputStream(temp))) {
            in.transferTo(out);
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        if (!hash.equalsIgnoreCase(evidence.item().sha256())) {
            throw new StoreException("the backup's copy of " + evidence.item().originalName()
                    + " does not match its recorded SHA-256");
        }
    }

    private boolean unchanged(Path target, StoredEvidence evidence) {
        try {
            return EvidenceFiles.hash(target, key).sha256().equalsIgnoreCase(evidence.item().sha256());
        } catch (IOException sealedOtherwise) {
            return false; // e.g. a file sealed by another key: replaced by the backup's copy
        }
    }

    private OutputStream sealed(OutputStream out) throws IOException {
        return key == null ? out : EvidenceCipher.encrypting(out, key);
    }

    Path target(StoredEvidence evidence) {
        return evidence.trashed() ? files.trashed(evidence.item()) : files.stored(evidence.item());
    }

    Path other(StoredEvidence evidence) {
        return evidence.trashed() ? files.stored(evidence.item()) : files.trashed(evidence.item());
    }

    /** After the commit: every staged copy replaces its target (made read-only like any vault file). */
    void place() throws IOException {
        for (Path[] pair : staged) {
            if (Files.exists(pair[1], LinkOption.NOFOLLOW_LINKS)) {
                pair[1].toFile().setWritable(true);
            }
            Files.move(pair[0], pair[1], StandardCopyOption.REPLACE_EXISTING);
            EvidenceFiles.makeReadOnly(pair[1]);
        }
        staged.clear();
    }

    /** Deletes copies not placed (after a failure or a dry run). */
    @Override
    public void close() {
        for (Path[] pair : staged) {
            try {
                Files.deleteIfExists(pair[0]);
            } catch (IOException e) {
                // a leftover .part file lists nothing and is replaced by the next restore
            }
        }
        staged.clear();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package org.refunddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.h2.tools.ChangeFileEncryption;
import org.refunddesk.store.crypto.EvidenceCipher;
import org.refunddesk.store.crypto.KdfParams;
import org.refunddesk.store.crypto.KeyFile;
import org.refunddesk.store.crypto.RecoveryKey;
import org.refunddesk.store.crypto.StoreKey;
import org.refunddesk.store.crypto.WrongKeyException;

/**
 * Turns a store's encryption on, changes its passphrase, or turns it off, with the app closed (the folder
 * lock is held throughout). Each step first copies the store to {@code backups/}; a step that fails puts that
 * copy back, so the store is either as before or fully changed.
 */
public final class StoreEncryption {
    private final Path dir;
    private final Clock clock;
    private Progress progress = (done, total) -> { };

    public StoreEncryption(Path dataDir, Clock clock) {
        this.dir = dataDir.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** How far the rewrite of the evidence files is; called on the rewriting thread. */
    @FunctionalInterface
    public interface Progress {
        void evidence(int done, int total);
    }

    /** Reports each evidence file rewritten (the app's progress bar); the database is rewritten after them. */
    public StoreEncryption onProgress(Progress listener) {
        this.progress = listener;
        return this;
    }

    /** What encrypting did: the recovery key (null when none was asked for) and how many evidence files. */
    public record Encrypted(RecoveryKey recoveryKey, int evidenceFiles) {
    }

    public static boolean isEncrypted(Path dataDir) {
        return KeyFile.exists(dataDir.toAbsolutePath().normalize());
    }

    /**
     * The store key from a passphrase or the recovery key. Reads only the key file: a wrong one
     * ({@link WrongPassphraseException}) changes nothing.
     */
    public static StoreKey unlock(Path dataDir, char[] secret) {
        Path dir = dataDir.toAbsolutePath().normalize();
        KeyFile keys = readKeys(dir);
        try {
            return keys.unlock(secret);
        } catch (WrongKeyException e) {
            throw new WrongPassphraseException(dir);
        }
    }

    /**
     * Encrypts the store in place. The safety copy made first is a plain copy, so once the encrypted store has
     * been opened and checked it is deleted: keeping it would leave every phone number on the disk in clear.
     */
    public Encrypted encrypt(char[] passphrase, KdfParams kdf, boolean makeRecoveryKey) {
        if (isEncrypted(dir)) {
            throw new EncryptionStateException(dir, true);
        }
        // open once: creates or migrates the database so the file is complete and closed cleanly
        int cases;
        try (Database db = Database.open(dir, clock)) {
            cases = db.cases().count();
        }
        StoreKey key = StoreKey.generate();
        RecoveryKey recovery = makeRecoveryKey ? RecoveryKey.generate() : null;
        KeyFile keys = KeyFile.create(key, passphrase, kdf, recovery);
        int[] files = {0};
        Path backup = rewrite("before-encrypt", () -> {
            files[0] = rewriteEvidence(path -> encryptFile(path, key));
            ChangeFileEncryption.execute(dir.toString(), Database.DB_NAME, "AES", null, key.h2FilePassword(), true);
            Files.deleteIfExists(dir.resolve(Database.DB_NAME + ".trace.db"));
            keys.write(dir.resolve(KeyFile.FILE_NAME));
            check(key, cases);
        });
        deleteQuietly(backup);
        return new Encrypted(recovery, files[0]);
    }

    /** Seals the same store key under a new passphrase; the data and the recovery key stay as they are. */
    public Path changePassphrase(char[] oldSecret, char[] newPassphrase, KdfParams kdf) {
        StoreKey key = unlock(dir, oldSecret);
        KeyFile changed = readKeys(dir).withPassphrase(key, newPassphrase, kdf);
        return rewrite("before-change-passphrase", () -> changed.write(dir.resolve(KeyFile.FILE_NAME)));
    }

    /** Removes the encryption: evidence files and the database back to plain files, the key file deleted. */
    public Path decrypt(char[] secret) {
        StoreKey key = unlock(dir, secret);
        int cases;
        try (Database db = Database.open(dir, clock, key)) {
            cases = db.cases().count();
        }
        return rewrite("before-decrypt", () -> {
            rewriteEvidence(path -> decryptFile(path, key));
            ChangeFileEncryption.execute(dir.toString(), Database.DB_NAME, "AES", key.h2FilePassword(), null, true);
            Files.delete(dir.resolve(KeyFile.FILE_NAME));
            check(null, cases);
        });
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface FileStep {
        boolean apply(Path file) throws IOException;
    }

    private Path rewrite(String why, Step step) {
        try (DataFolderLock lock = DataFolderLock.acquire(dir)) {
            Path backup;
            try {
                backup = StoreBackups.copyStore(dir, why, clock);
            } catch (IOException e) {
                throw new StoreException("cannot make the safety copy in " + dir.resolve(H2Upgrade.BACKUPS)
                        + ": " + e.getMessage() + "; nothing was changed", e);
            }
            try {
                step.run();
                return backup;
            } catch (Exception e) {
                try {
                    StoreBackups.restore(backup, dir);
                } catch (IOException restoreFailed) {
                    e.addSuppressed(restoreFailed);
                    throw new StoreException("the store could not be rewritten (" + e.getMessage()
                            + ") nor put back; its copy is in " + backup, e);
                }
                throw e instanceof StoreException se ? se
                        : new StoreException("the store could not be rewritten (" + e.getMessage()
                        + "); it is as it was", e);
            }
        }
    }

    /** Opens the rewritten store (the folder lock is ours, so through H2 directly) and counts the cases. */
    private void check(StoreKey key, int expectedCases) throws Exception {
        var pool = H2File.pool(dir, key);
        try (var c = pool.getConnection(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM cases")) {
            rs.next();
            if (rs.getInt(1) != expectedCases) {
                throw new StoreException("the rewritten store has " + rs.getInt(1) + " cases, not " + expectedCases);
            }
        } finally {
            pool.dispose();
        }
    }

    private int rewriteEvidence(FileStep step) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of(EvidenceFiles.FOLDER, EvidenceFiles.TRASH)) {
            Path root = dir.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .forEach(files::add);
            }
        }
        int count = 0;
        for (int i = 0; i < files.size(); i++) {
            progress.evidence(i, files.size());
            if (step.apply(files.get(i))) {
                count++;
            }
        }
        progress.evidence(files.size(), files.size());
        return count;
    }

    private static boolean encryptFile(Path file, StoreKey key) throws IOException {
        if (EvidenceCipher.isEncrypted(file)) {
            return false;
        }
        Path temp = file.resolveSibling("." + file.getFileName() + ".enc");
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = EvidenceCipher.encrypting(Files.newOutputStream(temp), key)) {
            in.transferTo(out);
        }
        replace(temp, file);
        return true;
    }

    private static boolean decryptFile(Path file, StoreKey key) throws IOException {
        if (!EvidenceCipher.isEncrypted(file)) {
            return false;
        }
        Path temp = file.resolveSibling("." + file.getFileName() + ".dec");
        try (InputStream in = EvidenceCipher.decrypting(Files.newInputStream(file), key);
             OutputStream out = Files.newOutputStream(temp)) {
            in.transferTo(out);
        }
        replace(temp, file);
        return true;
    }

    private static void replace(Path temp, Path file) throws IOException {
        file.toFile().setWritable(true);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        EvidenceFiles.makeReadOnly(file);
    }

    private static KeyFile readKeys(Path dir) {
        try {
            return KeyFile.read(dir.resolve(KeyFile.FILE_NAME));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new EncryptionStateException(dir, false);
        } catch (IOException e) {
            throw new StoreException("cannot read the key file: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path backup) {
        try {
            StoreBackups.deleteTree(backup);
        } catch (IOException e) {
            // the plain copy stays; say so rather than fail a finished encryption
            System.getLogger(StoreEncryption.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete the plain safety copy " + backup + ": " + e.getMessage());
        }
    }
}

package org.refunddesk.store.crypto;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The small plaintext header {@code refunddesk.keys} in the data folder of an encrypted store: the Argon2id
 * parameters and salt, and the store key sealed under the passphrase (and, when made, under the recovery key).
 * Nothing in it is secret; without a passphrase or the recovery key it opens nothing.
 */
public record KeyFile(KdfParams kdf, byte[] salt, byte[] passphraseSlot, byte[] recoverySalt, byte[] recoverySlot) {
    public static final String FILE_NAME = "refunddesk.keys";
    static final String FORMAT = "refunddesk.keys/1";
    private static final byte[] PASSPHRASE_AAD = "refunddesk store key/passphrase".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RECOVERY_AAD = "refunddesk store key/recovery".getBytes(StandardCharsets.US_ASCII);

    /** Seals the store key under the passphrase (and the recovery key when given). */
    public static KeyFile create(StoreKey key, char[] passphrase, KdfParams kdf, RecoveryKey recovery) {
        byte[] salt = Aead.random(16);
        byte[] kek = kdf.derive(passphrase, salt);
        try {
            byte[] slot = Aead.seal(kek, key.bytes(), PASSPHRASE_AAD);
            if (recovery == null) {
                return new KeyFile(kdf, salt, slot, null, null);
            }
            byte[] recoverySalt = Aead.random(16);
            byte[] recoveryKek = recovery.wrappingKey(recoverySalt);
            byte[] recoverySlot = Aead.seal(recoveryKek, key.bytes(), RECOVERY_AAD);
            Arrays.fill(recoveryKek, (byte) 0);
            return new KeyFile(kdf, salt, slot, recoverySalt, recoverySlot);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The same store key under a new passphrase (new salt and cost); the recovery slot stays as it was. */
    public KeyFile withPassphrase(StoreKey key, char[] passphrase, KdfParams newKdf) {
        KeyFile fresh = create(key, passphrase, newKdf, null);
        return new KeyFile(newKdf, fresh.salt, fresh.passphraseSlot, recoverySalt, recoverySlot);
    }

    public boolean hasRecoveryKey() {
        return recoverySlot != null;
    }

    /**
     * The store key from a passphrase or the recovery key (whichever the text is; a text in recovery-key form
     * is tried as both). {@link WrongKeyException} when it opens neither.
     */
    public StoreKey unlock(char[] secret) {
        Optional<RecoveryKey> recovery = RecoveryKey.parse(secret);
        if (recovery.isPresent() && hasRecoveryKey()) {
            byte[] kek = recovery.get().wrappingKey(recoverySalt);
            try {
                return StoreKey.of(Aead.open(kek, recoverySlot, RECOVERY_AAD));
            } catch (WrongKeyException notTheRecoveryKey) {
                // a passphrase that merely looks like a recovery key: try it as one below
            } finally {
                Arrays.fill(kek, (byte) 0);
            }
        }
        byte[] kek = kdf.derive(secret, salt);
        try {
            return StoreKey.of(Aead.open(kek, passphraseSlot, PASSPHRASE_AAD));
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE_NAME));
    }

    public static KeyFile read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The key file's text, e.g. carried in the header of a sealed backup. */
    public static KeyFile parse(String text, String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = new java.io.StringReader(text)) {
            p.load(in);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IOException(file + ": not a " + FORMAT + " file (format=" + p.getProperty("format") + ")");
        }
        if (!"argon2id".equals(p.getProperty("kdf"))) {
            throw new IOException(file + ": unknown kdf " + p.getProperty("kdf"));
        }
        try {
            KdfParams kdf = new KdfParams(Integer.parseInt(required(p, "kdf.memoryKiB", file)),
                    Integer.parseInt(required(p, "kdf.iterations", file)),
                    Integer.parseInt(required(p, "kdf.parallelism", file)));
            Base64.Decoder b64 = Base64.getDecoder();
            String recoverySalt = p.getProperty("recovery.salt");
            String recoverySlot = p.getProperty("recovery.storeKey");
            return new KeyFile(kdf, b64.decode(required(p, "kdf.salt", file)),
                    b64.decode(required(p, "passphrase.storeKey", file)),
                    recoverySalt == null ? null : b64.decode(recoverySalt),
                    recoverySlot == null ? null : b64.decode(recoverySlot));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the file in place of any older one, atomically where the file system allows. */
    public void write(Path file) throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder text = new StringBuilder()
                .append("# RefundDesk: this store is encrypted. Without this file the store cannot be opened;\n")
                .append("# it holds no secret (only the salt, the Argon2id cost and sealed keys).\n")
                .append("format=").append(FORMAT).append('\n')
                .append("kdf=argon2id\n")
                .append("kdf.memoryKiB=").append(kdf.memoryKiB()).append('\n')
                .append("kdf.iterations=").append(kdf.iterations()).append('\n')
                .append("kdf.parallelism=").append(kdf.parallelism()).append('\n')
                .append("kdf.salt=").append(b64.encodeToString(salt)).append('\n')
                .append("passphrase.storeKey=").append(b64.encodeToString(passphraseSlot)).append('\n');
        if (hasRecoveryKey()) {
            text.append("recovery.salt=").append(b64.encodeToString(recoverySalt)).append('\n')
                    .append("recovery.storeKey=").append(b64.encodeToString(recoverySlot)).append('\n');
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write(text.toString());
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String required(Properties p, String key, String file) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException(file + ": " + key + " is missing");
        }
        return value;
    }
}

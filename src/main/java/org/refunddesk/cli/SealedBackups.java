package org.refunddesk.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.function.Supplier;

import org.refunddesk.exchange.BackupCipher;
import org.refunddesk.exchange.CaseFileException;
import org.refunddesk.exchange.NonClosingOutputStream;
import org.refunddesk.store.Database;
import org.refunddesk.store.crypto.EvidenceCipher;
import org.refunddesk.store.crypto.KeyFile;
import org.refunddesk.store.crypto.StoreKey;
import org.refunddesk.store.crypto.WrongKeyException;

/**
 * Full backups of an encrypted store: {@code RDBK1}, the store's key file (salt, Argon2id cost, the store key
 * sealed under the passphrase and the recovery key) and then the whole ZIP sealed like an evidence file. So
 * the backup opens with the passphrase in force when it was made, or the recovery key, on any machine; and
 * the store it came from opens it with its own key. A plain ZIP is read as it is.
 */
final class SealedBackups implements BackupCipher {
    private static final byte[] MAGIC = "RDBK1".getBytes(StandardCharsets.US_ASCII);
    private final Database db;
    private final Supplier<char[]> passphrase;

    /** {@code passphrase}: asked only for a sealed backup the open store's key does not open (may return null). */
    SealedBackups(Database db, Supplier<char[]> passphrase) {
        this.db = db;
        this.passphrase = passphrase;
    }

    static BackupCipher forStore(Database db, Supplier<char[]> passphrase) {
        return new SealedBackups(db, passphrase);
    }

    @Override
    public OutputStream sealing(OutputStream file) throws IOException {
        if (db.storeKey().isEmpty()) {
            return file;
        }
        byte[] keys = Files.readAllBytes(db.dataDir().resolve(KeyFile.FILE_NAME));
        file.write(MAGIC);
        file.write(keys.length >> 24);
        file.write(keys.length >> 16);
        file.write(keys.length >> 8);
        file.write(keys.length);
        file.write(keys);
        OutputStream notClosing = new NonClosingOutputStream(file);
        return EvidenceCipher.encrypting(notClosing, db.storeKey().get());
    }

    @Override
    public InputStream opening(InputStream file) throws IOException {
        PushbackInputStream in = new PushbackInputStream(file, MAGIC.length);
        byte[] start = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(start, MAGIC)) {
            in.unread(start);
            return in;
        }
        DataInputStream data = new DataInputStream(in);
        int length = data.readInt();
        if (length <= 0 || length > 64 * 1024) {
            throw new CaseFileException("(backup)", "the sealed backup's key header is damaged");
        }
        byte[] keyText = data.readNBytes(length);
        EvidenceCipher.Header header = EvidenceCipher.header(data);
        StoreKey own = db.storeKey().orElse(null);
        if (own != null) {
            try {
                return header.open(own);
            } catch (WrongKeyException notOurs) {
                // sealed by another store: its passphrase below
            }
        }
        KeyFile keys = KeyFile.parse(new String(keyText, StandardCharsets.UTF_8), "(backup)");
        char[] secret = passphrase.get();
        if (secret == null) {
            throw new CaseFileException("(backup)", "the backup is encrypted with another store's passphrase:"
                    + " give it with --passphrase-file FILE");
        }
        try {
            return header.open(keys.unlock(secret));
        } catch (WrongKeyException e) {
            throw new CaseFileException("(backup)", "the passphrase or recovery key does not open this encrypted backup");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}

package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.Arrays;

import org.refunddesk.store.Database;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.WrongPassphraseException;
import org.refunddesk.store.crypto.StoreKey;

/** Opens the store for a command, unlocking it with the passphrase file when it is encrypted. */
public final class StoreAccess {
    static final String OPTION = "--passphrase-file";

    private StoreAccess() {
    }

    public static Database open(CliContext context) {
        Database db = Database.open(context.dataDir(), context.clock(), key(context));
        db.readOnlyBecause().ifPresent(why -> context.err().println(context.messages().get(
                "recovery.readOnly." + why.kind().name(), String.valueOf(context.dataDir()))));
        return db;
    }

    /** The store key, or null for a store that is not encrypted; bad input (exit 2) for a missing or wrong one. */
    public static StoreKey key(CliContext context) {
        if (!StoreEncryption.isEncrypted(context.dataDir())) {
            return null;
        }
        Path file = context.passphraseFile();
        if (file == null) {
            throw new BadInputException("the store in " + context.dataDir()
                    + " is encrypted: give --passphrase-file FILE or set REFUNDDESK_PASSPHRASE_FILE");
        }
        return unlock(context, file, OPTION);
    }

    static StoreKey unlock(CliContext context, Path file, String option) {
        char[] secret = PassphraseFile.read(file, option);
        try {
            return StoreEncryption.unlock(context.dataDir(), secret);
        } catch (WrongPassphraseException e) {
            throw new BadInputException(option + ": wrong passphrase or recovery key in " + file + "; nothing was changed");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}

package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.Arrays;

import org.refunddesk.store.Database;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.WrongPassphraseException;
import org.refunddesk.store.crypto.StoreKey;

/**
 * Opens the store for a command: the team server when one is named ({@code --server} or {@code REFUNDDESK_SERVER},
 * issue 16), else the data folder's H2 store, unlocked with the passphrase file when it is encrypted. The one place
 * that decides which store a command works on.
 */
public final class StoreAccess {
    static final String OPTION = "--passphrase-file";

    private StoreAccess() {
    }

    public static Database open(CliContext context) {
        if (context.server().named()) {
            return Database.openServer(context.server().login(), ServerOptions.cacheDir(context.dataDir()),
                    context.clock(), false);
        }
        return openLocal(context);
    }

    /** The data folder's own store, whatever server is named ({@code team push} / {@code pull}: the other side). */
    public static Database openLocal(CliContext context) {
        Database db = Database.open(context.dataDir(), context.clock(), key(context), Database.Use.COMMAND);
        db.readOnlyBecause().ifPresent(why -> context.err().println(context.messages().get(
                "recovery.readOnly." + why.kind().name(), String.valueOf(context.dataDir()))));
        return db;
    }

    /**
     * For a command that works on the data folder's H2 file itself (encrypt, decrypt, change-passphrase, recover,
     * check): bad input (exit 2) naming the option when a team server is named, so it is never silently run on the
     * local file while the user meant the server.
     */
    public static void requireLocal(CliContext context, String command) {
        if (context.server().named()) {
            throw BadInputException.of(context.server().server() != null ? "cli.server.localOnly" : "cli.server.localOnlyEnv",
                    command, context.server().source());
        }
    }

    /** The store key, or null for a store that is not encrypted; bad input (exit 2) for a missing or wrong one. */
    public static StoreKey key(CliContext context) {
        if (!StoreEncryption.isEncrypted(context.dataDir())) {
            return null;
        }
        Path file = context.passphraseFile();
        if (file == null) {
            throw BadInputException.of("cli.store.encrypted", String.valueOf(context.dataDir()), PassphraseFile.ENV_VARIABLE);
        }
        return unlock(context, file, OPTION);
    }

    static StoreKey unlock(CliContext context, Path file, String option) {
        char[] secret = PassphraseFile.read(file, option);
        try {
            return StoreEncryption.unlock(context.dataDir(), secret);
        } catch (WrongPassphraseException e) {
            throw BadInputException.of("cli.passphrase.wrong", option, String.valueOf(file));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}

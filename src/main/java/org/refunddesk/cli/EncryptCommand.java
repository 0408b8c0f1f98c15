package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.crypto.KdfParams;

/**
 * {@code encrypt --passphrase-file FILE [--no-recovery-key]}: encrypts the store and its evidence in place.
 * Prints the recovery key once (unless declined): it is the only way back in when the passphrase is forgotten.
 */
public final class EncryptCommand implements CliCommand {
    /** Key derivation should take about this long on the machine that encrypts: slow for guessing, bearable to open. */
    public static final long KDF_TARGET_MILLIS = 500;

    @Override
    public String name() {
        return "encrypt";
    }

    @Override
    public String summary() {
        return "encrypt --passphrase-file FILE [--no-recovery-key]   encrypt the store and evidence (backup first)";
    }

    @Override
    public int run(List<String> raw, CliContext context) {
        StoreAccess.requireLocal(context, "encrypt");
        Args args = Args.parse(raw, Set.of("--passphrase-file"), Set.of("--no-recovery-key"));
        args.expectPositionals(0);
        Path file = Path.of(args.required("--passphrase-file"));
        if (StoreEncryption.isEncrypted(context.dataDir())) {
            throw BadInputException.of("cli.store.alreadyEncrypted", String.valueOf(context.dataDir()));
        }
        char[] passphrase = PassphraseFile.readNew(file, "--passphrase-file");
        try {
            StoreEncryption.Encrypted done = new StoreEncryption(context.dataDir(), context.clock())
                    .encrypt(passphrase, KdfParams.tune(KDF_TARGET_MILLIS), !args.option("--no-recovery-key").isPresent());
            context.out().println(context.messages().get("privacy.cli.encrypted", done.evidenceFiles()));
            context.out().println(context.messages().get("privacy.cli.noRecovery"));
            if (done.recoveryKey() != null) {
                context.out().println(context.messages().get("privacy.cli.recoveryKey"));
                context.out().println(done.recoveryKey().text());
            }
            return ExitCodes.OK;
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }
}

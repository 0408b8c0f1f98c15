package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.WrongPassphraseException;
import org.refunddesk.store.crypto.KdfParams;

/** {@code change-passphrase --passphrase-file OLD --new-passphrase-file NEW}: the old one (or the recovery key) stops working. */
public final class ChangePassphraseCommand implements CliCommand {
    @Override
    public String name() {
        return "change-passphrase";
    }

    @Override
    public String summary() {
        return "change-passphrase --passphrase-file OLD --new-passphrase-file NEW   new passphrase (backup first)";
    }

    @Override
    public int run(List<String> raw, CliContext context) {
        StoreAccess.requireLocal(context, "change-passphrase");
        Args args = Args.parse(raw, Set.of("--passphrase-file", "--new-passphrase-file"), Set.of());
        args.expectPositionals(0);
        requireEncrypted(context);
        Path oldFile = Path.of(args.required("--passphrase-file"));
        Path newFile = Path.of(args.required("--new-passphrase-file"));
        char[] old = PassphraseFile.read(oldFile, "--passphrase-file");
        char[] fresh = PassphraseFile.readNew(newFile, "--new-passphrase-file");
        try {
            Path backup = new StoreEncryption(context.dataDir(), context.clock())
                    .changePassphrase(old, fresh, KdfParams.tune(EncryptCommand.KDF_TARGET_MILLIS));
            context.out().println(context.messages().get("privacy.cli.changed", backup));
            return ExitCodes.OK;
        } catch (WrongPassphraseException e) {
            throw BadInputException.of("cli.passphrase.wrong", "--passphrase-file", String.valueOf(oldFile));
        } finally {
            Arrays.fill(old, '\0');
            Arrays.fill(fresh, '\0');
        }
    }

    static void requireEncrypted(CliContext context) {
        if (!StoreEncryption.isEncrypted(context.dataDir())) {
            throw BadInputException.of("cli.store.notEncrypted", String.valueOf(context.dataDir()));
        }
    }
}

package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.WrongPassphraseException;

/** {@code decrypt --passphrase-file FILE}: the store and evidence back to plain files (the encrypted copy kept in backups/). */
public final class DecryptCommand implements CliCommand {
    @Override
    public String name() {
        return "decrypt";
    }

    @Override
    public String summary() {
        return "decrypt --passphrase-file FILE   remove the encryption (backup first)";
    }

    @Override
    public int run(List<String> raw, CliContext context) {
        StoreAccess.requireLocal(context, "decrypt");
        Args args = Args.parse(raw, Set.of("--passphrase-file"), Set.of());
        args.expectPositionals(0);
        ChangePassphraseCommand.requireEncrypted(context);
        Path file = Path.of(args.required("--passphrase-file"));
        char[] secret = PassphraseFile.read(file, "--passphrase-file");
        try {
            Path backup = new StoreEncryption(context.dataDir(), context.clock()).decrypt(secret);
            context.out().println(context.messages().get("privacy.cli.decrypted", backup));
            return ExitCodes.OK;
        } catch (WrongPassphraseException e) {
            throw BadInputException.of("cli.passphrase.wrong", "--passphrase-file", String.valueOf(file));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}

package org.refunddesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import org.refunddesk.rules.i18n.Messages;

/**
 * What a command may use: the data folder, the output streams, the clock and the language, and the file
 * holding the passphrase of an encrypted store ({@code --passphrase-file} or {@code REFUNDDESK_PASSPHRASE_FILE};
 * null when none was given); the team server to work on instead of the data folder's store ({@code --server} or
 * {@code REFUNDDESK_SERVER}, issue 16; {@link ServerOptions#NONE} for the local store).
 */
public record CliContext(Path dataDir, PrintStream out, PrintStream err, Clock clock, Messages messages,
                         Path passphraseFile, ServerOptions server) {

    public CliContext {
        server = server == null ? ServerOptions.NONE : server;
    }

    public CliContext(Path dataDir, PrintStream out, PrintStream err, Clock clock, Messages messages) {
        this(dataDir, out, err, clock, messages, null, ServerOptions.NONE);
    }

    public CliContext(Path dataDir, PrintStream out, PrintStream err, Clock clock, Messages messages,
                      Path passphraseFile) {
        this(dataDir, out, err, clock, messages, passphraseFile, ServerOptions.NONE);
    }

    /** The same context on another server choice (options given after the command name). */
    public CliContext withServer(ServerOptions newServer) {
        return new CliContext(dataDir, out, err, clock, messages, passphraseFile, newServer);
    }
}

package org.refunddesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import org.refunddesk.rules.i18n.Messages;

/**
 * What a command may use: the data folder, the output streams, the clock and the language, and the file
 * holding the passphrase of an encrypted store ({@code --passphrase-file} or {@code REFUNDDESK_PASSPHRASE_FILE};
 * null when none was given).
 */
public record CliContext(Path dataDir, PrintStream out, PrintStream err, Clock clock, Messages messages,
                         Path passphraseFile) {

    public CliContext(Path dataDir, PrintStream out, PrintStream err, Clock clock, Messages messages) {
        this(dataDir, out, err, clock, messages, null);
    }
}

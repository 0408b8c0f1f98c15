package org.refunddesk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import org.refunddesk.rules.i18n.Messages;

/** What a command may use: the data folder, the output streams, the clock and the language. */
public record CliContext(Path dataDir, PrintStream out, PrintStream err, Clock clock, Messages messages) {
}

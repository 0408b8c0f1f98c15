package org.refunddesk.app;

import java.util.List;

import org.refunddesk.cli.CliCommand;

/** Every headless command, in the order {@code --help} lists them. */
final class CliCommands {
    private CliCommands() {
    }

    static List<CliCommand> all() {
        return List.of();
    }
}

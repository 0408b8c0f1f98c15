package org.refunddesk.cli;

import java.util.List;

/** One headless command, e.g. {@code cases}, {@code assess}. Returns the process exit code. */
public interface CliCommand {
    String name();

    /** One line for {@code --help}. */
    String summary();

    int run(List<String> args, CliContext context) throws Exception;
}

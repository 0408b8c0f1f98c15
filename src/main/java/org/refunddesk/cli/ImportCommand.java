package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.store.Database;

/** {@code import FILE}: stores one case file as a new case and prints its id. */
public final class ImportCommand implements CliCommand {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "FILE           import one case file (refunddesk.case/1); prints the new case id";
    }

    @Override
    public int run(List<String> args, CliContext context) {
        Args parsed = Args.parse(args, Set.of(), Set.of());
        Path file = Path.of(parsed.positional(0, "FILE (a case file)"));
        parsed.expectPositionals(1);
        // the whole file is checked before the store is touched
        RefundCase read = CaseCommands.readFile(() -> CaseFiles.readCase(file));
        try (Database db = CaseCommands.open(context)) {
            if (db.cases().find(read.id()).isPresent()) {
                throw BadInputException.of("cli.import.exists", String.valueOf(file), String.valueOf(read.id()));
            }
            RefundCase created = db.cases().create(read);
            context.out().println(created.id());
        }
        return ExitCodes.OK;
    }
}

package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.store.Database;

/** {@code restore FILE}: replaces every stored case by the cases of a backup file, all or nothing. */
public final class RestoreCommand implements CliCommand {
    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "FILE           replace all cases by those of a backup file";
    }

    @Override
    public int run(List<String> args, CliContext context) {
        Args parsed = Args.parse(args, Set.of(), Set.of());
        Path file = Path.of(parsed.positional(0, "FILE (a backup file)"));
        parsed.expectPositionals(1);
        List<RefundCase> cases = CaseCommands.readFile(() -> CaseFiles.readBackup(file));
        try (Database db = CaseCommands.open(context)) {
            int before = db.cases().count();
            db.cases().replaceAll(cases);
            context.out().println(context.messages().get("casefiles.restore.done", cases.size(), before));
        }
        return ExitCodes.OK;
    }
}

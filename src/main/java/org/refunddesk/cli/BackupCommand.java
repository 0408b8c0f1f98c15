package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.store.Database;

/** {@code backup --out FILE}: writes every case into one backup file. */
public final class BackupCommand implements CliCommand {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "--out FILE     write all cases into a backup file (refunddesk.backup/1)";
    }

    @Override
    public int run(List<String> args, CliContext context) throws IOException {
        Args parsed = Args.parse(args, Set.of("--out"), Set.of());
        parsed.expectPositionals(0);
        Path out = Path.of(parsed.required("--out"));
        List<RefundCase> cases;
        try (Database db = CaseCommands.open(context)) {
            cases = db.cases().list();
        }
        CaseCommands.writeFile(out, () -> CaseFiles.writeBackup(cases, context.clock().instant(), out));
        context.out().println(context.messages().get("casefiles.backup.done", cases.size(), out));
        return ExitCodes.OK;
    }
}

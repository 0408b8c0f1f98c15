package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.store.Database;

/** {@code export ID --out FILE}: writes one case as a case file. */
public final class ExportCommand implements CliCommand {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "ID --out FILE  write one case as a case file";
    }

    @Override
    public int run(List<String> args, CliContext context) throws IOException {
        Args parsed = Args.parse(args, Set.of("--out"), Set.of());
        UUID id = CaseCommands.caseId(parsed.positional(0, "ID (a case id, see: cases list)"));
        parsed.expectPositionals(1);
        Path out = Path.of(parsed.required("--out"));
        RefundCase found;
        try (Database db = CaseCommands.open(context)) {
            found = db.cases().find(id).orElseThrow(() -> BadInputException.of("cli.case.none", String.valueOf(id)));
        }
        CaseCommands.writeFile(out, () -> CaseFiles.writeCase(found, out));
        context.out().println(context.messages().get("casefiles.export.done", found.id(), out));
        return ExitCodes.OK;
    }
}

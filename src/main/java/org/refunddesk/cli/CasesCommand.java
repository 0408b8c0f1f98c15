package org.refunddesk.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.Money;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.exchange.CaseArrayStream;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;

/** {@code cases list [--json]}: the stored cases, newest first, as a table or as case-file JSON. */
public final class CasesCommand implements CliCommand {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public String summary() {
        return "list [--json]  list the stored cases";
    }

    @Override
    public int run(List<String> args, CliContext context) throws java.io.IOException {
        Args parsed = Args.parse(args, Set.of(), Set.of("--json"));
        String sub = parsed.positional(0, "subcommand (list)");
        if (!"list".equals(sub)) {
            throw BadInputException.of("cli.subcommand.unknown", "cases", sub, "list");
        }
        parsed.expectPositionals(1);
        try (Database db = CaseCommands.open(context)) {
            if (parsed.flag("--json")) {
                // streamed: one case in memory at a time, whatever the size of the store
                CaseArrayStream.write(db.cases()::forEach, new PrintStreamWriter(context.out()));
            } else {
                db.summaries().ensureCurrent();
                printTable(db.summaries().list(), context);
            }
            if (db.damage().count() > 0) {
                // the rest is listed; the damaged rows are counted so they are never silently missing
                context.err().println(context.messages().get("recovery.damaged.cli", db.damage().count()));
            }
        }
        return ExitCodes.OK;
    }

    private static void printTable(List<CaseSummary> cases, CliContext context) {
        Messages m = context.messages();
        if (cases.isEmpty()) {
            context.out().println(m.get("casefiles.list.empty", context.dataDir()));
            return;
        }
        TextTable table = new TextTable(m.get("casefiles.list.id"), m.get("casefiles.list.status"),
                m.get("casefiles.list.created"), m.get("casefiles.list.amount"), m.get("casefiles.list.platform"),
                m.get("casefiles.list.assignee"), m.get("casefiles.list.title"));
        for (CaseSummary c : cases) {
            table.row(c.id().toString(), m.of(c.status()),
                    c.createdAt() == null ? "" : CREATED.format(c.createdAt().atZone(SHANGHAI)),
                    c.amount() == null ? "" : Money.format(c.amount()),
                    c.platformName() == null ? "" : c.platformName(),
                    c.assignee() == null ? "" : c.assignee(), c.title());
        }
        table.print(context.out());
        context.out().println(m.get("casefiles.list.count", cases.size()));
    }
}

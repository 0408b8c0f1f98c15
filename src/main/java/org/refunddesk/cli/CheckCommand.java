package org.refunddesk.cli;

import java.util.List;
import java.util.Set;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.DamagedCase;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreCheck;

/**
 * {@code check}: reads the whole store (every table to its end, every case into a valid case) and names each
 * damaged case with what is wrong. Exit 0 when clean, 3 when damage was found. Changes nothing.
 */
public final class CheckCommand implements CliCommand {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public String summary() {
        return "check  verify the store: list damaged cases (exit 3 when any)";
    }

    @Override
    public int run(List<String> args, CliContext context) {
        StoreAccess.requireLocal(context, "check");
        Args.parse(args, Set.of(), Set.of()).expectPositionals(0);
        Messages m = context.messages();
        StoreCheck.Report report;
        try (Database db = CaseCommands.open(context)) {
            report = StoreCheck.run(db);
        }
        for (String problem : report.tableProblems()) {
            context.out().println(m.get("recovery.check.table", problem));
        }
        for (DamagedCase damaged : report.damaged()) {
            context.out().println(m.get("recovery.check.case", damaged.id().toString(),
                    damaged.title() == null ? m.get("recovery.check.noTitle") : damaged.title(), damaged.problem()));
        }
        if (report.clean()) {
            context.out().println(m.get("recovery.check.clean", report.readable()));
            return ExitCodes.OK;
        }
        context.out().println(m.get("recovery.check.summary", report.readable(), report.damaged().size(),
                report.tableProblems().size()));
        return ExitCodes.CHECK_FAILED;
    }
}

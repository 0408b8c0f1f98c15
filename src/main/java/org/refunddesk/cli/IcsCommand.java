package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.exchange.ics.IcsExporter;

/** {@code ics --out FILE [filter options]}: open deadlines as a calendar file with alarms. */
public final class IcsCommand implements CliCommand {
    private final CaseloadWorkspace.Opener workspaces;

    public IcsCommand(CaseloadWorkspace.Opener workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public String name() {
        return "ics";
    }

    @Override
    public String summary() {
        return "open deadlines to a calendar file: --out FILE [filter options as export-xlsx]";
    }

    @Override
    public int run(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, CaseFilterOptions.valuedWith("--out"), Set.of());
        args.expectPositionals(0);
        Path out = Path.of(args.required("--out"));
        List<CaseOverview> selected = CaseFilterOptions.select(args, workspaces, context, false);
        int events = new IcsExporter(context.messages(), IcsExporter.AlarmLeads.DEFAULTS,
                context.clock().instant()).export(selected, out);
        context.out().println(context.messages().get("caseload.ics.done", events, out));
        return ExitCodes.OK;
    }
}

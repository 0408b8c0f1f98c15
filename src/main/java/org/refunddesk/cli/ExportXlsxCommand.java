package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.exchange.ExportProgress;
import org.refunddesk.exchange.xlsx.XlsxCaseExporter;

/**
 * {@code export-xlsx --out FILE [filter options] [--show-in-full]}: the cases (filtered) to one .xlsx, phones and
 * order/transaction numbers masked unless {@code --show-in-full} ({@code --show-phones}, its older name).
 */
public final class ExportXlsxCommand implements CliCommand {
    private final CaseloadWorkspace.Opener workspaces;

    public ExportXlsxCommand(CaseloadWorkspace.Opener workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public String name() {
        return "export-xlsx";
    }

    @Override
    public String summary() {
        return "cases to an .xlsx: --out FILE [--status S --verdict V --assignee A --tag T --platform P "
                + "--due-within 3d | --filter \"status=S; ...\"] [--show-in-full]";
    }

    @Override
    public int run(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, CaseFilterOptions.valuedWith("--out"), Set.of("--show-in-full", "--show-phones"));
        args.expectPositionals(0);
        Path out = Path.of(args.required("--out"));
        List<CaseOverview> selected = CaseFilterOptions.select(args, workspaces, context, true);
        long written = new XlsxCaseExporter(context.messages(),
                args.flag("--show-in-full") || args.flag("--show-phones"))
                .export(selected, selected.size(), out, ExportProgress.NONE);
        context.out().println(context.messages().get("caseload.export.done", written, out));
        return ExitCodes.OK;
    }
}

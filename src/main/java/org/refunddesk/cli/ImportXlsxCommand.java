package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.xlsx.ColumnMapping;
import org.refunddesk.exchange.xlsx.ImportDuplicate;
import org.refunddesk.exchange.xlsx.ImportIssue;
import org.refunddesk.exchange.xlsx.ImportPreview;
import org.refunddesk.exchange.xlsx.ImportTable;
import org.refunddesk.exchange.xlsx.XlsxCaseImporter;

/**
 * {@code import-xlsx FILE [--dry-run]}: cases from an .xlsx or .csv with the export's headers (Chinese or
 * English). Any bad cell: every error on stderr, exit 2, nothing imported. Otherwise all new cases in one
 * transaction; duplicates are listed and skipped. {@code --dry-run} lists what would be imported.
 * {@code --map "Order total=amount,Bought=paidAt"} maps a file's own headers to fields.
 */
public final class ImportXlsxCommand implements CliCommand {
    private final CaseloadWorkspace.Opener workspaces;

    public ImportXlsxCommand(CaseloadWorkspace.Opener workspaces) {
        this.workspaces = workspaces;
    }

    @Override
    public String name() {
        return "import-xlsx";
    }

    @Override
    public String summary() {
        return "cases from an .xlsx or .csv: FILE [--map \"HEADER=field,...\"] [--dry-run]";
    }

    @Override
    public int run(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, Set.of("--map"), Set.of("--dry-run"));
        args.expectPositionals(1);
        Path file = Path.of(args.positional(0, "FILE"));
        var m = context.messages();
        XlsxCaseImporter importer = new XlsxCaseImporter(m);
        ImportTable table = read(importer, file);
        try (CaseloadWorkspace workspace = workspaces.open(context)) {
            ImportPreview preview = importer.preview(table, mapping(args, table), workspace.cases().list());
            if (preview.hasErrors()) {
                for (ImportIssue issue : preview.errors()) {
                    context.err().println(issue.message(m));
                }
                context.err().println(m.get("caseload.import.failed", preview.errors().size()));
                return ExitCodes.BAD_INPUT;
            }
            for (ImportDuplicate duplicate : preview.duplicates()) {
                context.out().println(duplicate.message(m));
            }
            List<RefundCase> cases = preview.casesToImport();
            if (args.flag("--dry-run")) {
                for (RefundCase c : cases) {
                    context.out().println("  " + c.platform().name() + "  "
                            + (c.purchase().orderNo() == null ? "-" : c.purchase().orderNo()) + "  "
                            + Money.format(c.purchase().amount()) + "  " + c.title());
                }
                context.out().println(m.get("caseload.import.dryRun", cases.size()));
            } else {
                workspace.cases().createAll(cases);
                context.out().println(m.get("caseload.import.done", cases.size()));
            }
            if (!preview.duplicates().isEmpty()) {
                context.out().println(m.get("caseload.import.skipped", preview.duplicates().size()));
            }
        }
        return ExitCodes.OK;
    }

    /** The export's own headers, with {@code --map "file header=field,..."} for any other file. */
    private static ColumnMapping mapping(Args args, ImportTable table) {
        ColumnMapping detected = ColumnMapping.detect(table.headers());
        String spec = args.option("--map").orElse(null);
        if (spec == null) {
            return detected;
        }
        try {
            return detected.withSpec(spec, table.headers());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static ImportTable read(XlsxCaseImporter importer, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try {
            return importer.read(file);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + ": not a readable .xlsx or .csv file (" + e.getMessage() + ")");
        }
    }
}

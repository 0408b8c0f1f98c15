package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.xlsx.ColumnMapping;
import org.refunddesk.exchange.xlsx.DuplicateIndex;
import org.refunddesk.exchange.xlsx.ImportDuplicate;
import org.refunddesk.exchange.xlsx.ImportFileException;
import org.refunddesk.exchange.xlsx.ImportIssue;
import org.refunddesk.exchange.xlsx.XlsxCaseImporter;

/**
 * {@code import-xlsx FILE [--dry-run]}: cases from an .xlsx or .csv with the export's headers (Chinese or
 * English). Any bad cell: every error on stderr, exit 2, nothing imported. Otherwise all new cases in one
 * transaction, streamed from the file row by row (bounded memory); duplicates are listed and skipped. A file
 * that cannot be read at all is one line naming it and the problem, exit 2. {@code --dry-run} lists what would be imported.
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
        if (!Files.isRegularFile(file)) {
            throw BadInputException.of("cli.file.none", String.valueOf(file));
        }
        XlsxCaseImporter importer = new XlsxCaseImporter(m);
        String spec = args.option("--map").orElse(null);
        Function<List<String>, ColumnMapping> mapping = headers -> mapping(spec, headers);
        try (CaseloadWorkspace workspace = workspaces.open(context)) {
            // only ids and keys of the stored cases are held, not the cases
            DuplicateIndex known = new DuplicateIndex();
            workspace.cases().forEach(known::addStored);
            XlsxCaseImporter.Streamed result;
            List<String> wouldImport = new ArrayList<>();
            if (args.flag("--dry-run")) {
                result = read(importer, file, mapping, known, c -> wouldImport.add("  " + c.platform().name() + "  "
                        + (c.purchase().orderNo() == null ? "-" : c.purchase().orderNo()) + "  "
                        + Money.format(c.purchase().amount()) + "  " + c.title()));
            } else {
                XlsxCaseImporter.Streamed[] read = new XlsxCaseImporter.Streamed[1];
                try {
                    // one transaction, fed row by row; an error anywhere rolls it all back
                    workspace.cases().createEach(add -> {
                        read[0] = read(importer, file, mapping, known, add);
                        if (read[0].hasErrors()) {
                            throw new Rejected();
                        }
                    });
                } catch (Rejected rejected) {
                    // reported below
                }
                result = read[0];
            }
            if (result.hasErrors()) {
                for (ImportIssue issue : result.issues()) {
                    context.err().println(issue.message(m));
                }
                context.err().println(m.get("caseload.import.failed", result.issueCount()));
                return ExitCodes.BAD_INPUT;
            }
            for (ImportDuplicate duplicate : result.duplicates()) {
                context.out().println(duplicate.message(m));
            }
            if (args.flag("--dry-run")) {
                wouldImport.forEach(context.out()::println);
                context.out().println(m.get("caseload.import.dryRun", result.cases()));
            } else {
                context.out().println(m.get("caseload.import.done", result.cases()));
            }
            if (!result.duplicates().isEmpty()) {
                context.out().println(m.get("caseload.import.skipped", result.duplicates().size()));
            }
        }
        return ExitCodes.OK;
    }

    /** Thrown inside the import transaction to roll it back when a cell is bad. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected() {
            super(null, null, false, false);
        }
    }

    /** The export's own headers, with {@code --map "file header=field,..."} for any other file. */
    private static ColumnMapping mapping(String spec, List<String> headers) {
        ColumnMapping detected = ColumnMapping.detect(headers);
        if (spec == null) {
            return detected;
        }
        try {
            return detected.withSpec(spec, headers);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Whatever is wrong with the file itself is one line naming it, in words; never a library's stack trace. */
    private static XlsxCaseImporter.Streamed read(XlsxCaseImporter importer, Path file,
                                                  Function<List<String>, ColumnMapping> mapping, DuplicateIndex known,
                                                  Consumer<RefundCase> each) {
        try {
            return importer.importEach(file, mapping, known, each);
        } catch (ImportFileException e) {
            throw new BadInputException(e.message(importer.messages(), file));
        } catch (IOException e) {
            throw new BadInputException(importer.messages().get("importfile.unreadable", file,
                    e.getClass().getSimpleName()));
        }
    }
}

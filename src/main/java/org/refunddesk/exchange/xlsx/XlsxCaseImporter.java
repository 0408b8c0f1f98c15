package org.refunddesk.exchange.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/**
 * Imports cases from .xlsx or .csv. For the dialog, in two steps: {@link #read} the file, then {@link #preview}
 * it with a column mapping against the cases already stored; its cases are handed out only when no cell is bad,
 * for the caller to store all at once ({@code CaseRepository.createAll}). For the command line,
 * {@link #importEach} streams the file row by row and hands each new case over as it is read, so memory stays
 * bounded; the caller stores them in one transaction and rolls back when the result has errors. Either way
 * every bad cell is named by row and column, and a row whose platform + order number (or case id) is already in
 * the file or the store is reported as a duplicate and left out.
 */
public final class XlsxCaseImporter {
    /** Errors kept for the report; more are counted. */
    static final int MAX_ISSUES_KEPT = 1_000;

    private final Messages messages;

    public XlsxCaseImporter(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** Reads .csv / .txt as CSV, anything else as .xlsx; an unreadable file is an IOException in words. */
    public ImportTable read(Path file) throws IOException {
        ImportTable.Collector collector = new ImportTable.Collector();
        try {
            read(file, collector);
        } catch (ImportFileException e) {
            throw new IOException(e.message(messages, file.getFileName()), e);
        }
        return collector.table();
    }

    private static void read(Path file, ImportTable.Sink sink) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            CsvTableReader.read(file, sink);
        } else {
            XlsxTableReader.read(file, sink);
        }
    }

    public ImportPreview preview(ImportTable table, ColumnMapping mapping, List<RefundCase> existing) {
        if (table.headers().isEmpty()) {
            return new ImportPreview(List.of(), List.of(),
                    List.of(new ImportIssue(0, null, null, "caseload.import.noHeader")));
        }
        List<ImportIssue> fileIssues = CaseRowParser.missingColumns(mapping, messages);
        if (!fileIssues.isEmpty()) {
            return new ImportPreview(table.headers(), List.of(), fileIssues);
        }
        DuplicateIndex index = new DuplicateIndex();
        existing.forEach(index::addStored);
        CaseRowParser parser = new CaseRowParser(mapping, messages);
        List<ImportPreview.PreviewRow> rows = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            List<ImportIssue> issues = new ArrayList<>();
            RefundCase parsed = parser.parse(row, issues);
            ImportDuplicate duplicate = parsed == null ? null : index.check(row.number(), parsed);
            rows.add(new ImportPreview.PreviewRow(row.number(), row.cells(), issues, parsed, duplicate));
        }
        return new ImportPreview(table.headers(), rows, List.of());
    }

    /** What a streamed import found: the first errors (all counted), the duplicates, the cases handed over. */
    public record Streamed(List<ImportIssue> issues, int issueCount, List<ImportDuplicate> duplicates, int cases) {
        public boolean hasErrors() {
            return issueCount > 0;
        }
    }

    /**
     * Reads the file row by row; each new, error-free case goes to {@code each} while no error has been found
     * (after the first error the rest is only checked, so the report names every bad cell).
     *
     * @param mapping the column mapping for the file's headers (may throw IllegalArgumentException, passed on)
     * @param known the stored cases' ids and keys
     */
    public Streamed importEach(Path file, Function<List<String>, ColumnMapping> mapping, DuplicateIndex known,
                               Consumer<RefundCase> each) throws IOException {
        StreamSink sink = new StreamSink(mapping, known, each);
        read(file, sink);
        if (!sink.sawHeader) {
            sink.issue(new ImportIssue(0, null, null, "caseload.import.noHeader"));
        }
        return new Streamed(sink.issues, sink.issueCount, sink.duplicates, sink.handedOver);
    }

    private final class StreamSink implements ImportTable.Sink {
        private final Function<List<String>, ColumnMapping> mapping;
        private final DuplicateIndex index;
        private final Consumer<RefundCase> each;
        private final List<ImportIssue> issues = new ArrayList<>();
        private final List<ImportDuplicate> duplicates = new ArrayList<>();
        private CaseRowParser parser;
        private boolean sawHeader;
        private int issueCount;
        private int handedOver;

        StreamSink(Function<List<String>, ColumnMapping> mapping, DuplicateIndex index, Consumer<RefundCase> each) {
            this.mapping = mapping;
            this.index = index;
            this.each = each;
        }

        @Override
        public void headers(List<String> headers) {
            sawHeader = true;
            ColumnMapping columns = mapping.apply(headers);
            List<ImportIssue> missing = CaseRowParser.missingColumns(columns, messages);
            missing.forEach(this::issue);
            parser = missing.isEmpty() ? new CaseRowParser(columns, messages) : null;
        }

        @Override
        public void row(ImportTable.Row row) {
            if (parser == null) {
                return; // a required column is missing: reported once, rows not read
            }
            List<ImportIssue> found = new ArrayList<>();
            RefundCase parsed = parser.parse(row, found);
            found.forEach(this::issue);
            if (parsed == null) {
                return;
            }
            ImportDuplicate duplicate = index.check(row.number(), parsed);
            if (duplicate != null) {
                duplicates.add(duplicate);
            } else if (issueCount == 0) {
                each.accept(parsed);
                handedOver++;
            }
        }

        void issue(ImportIssue issue) {
            if (issues.size() < MAX_ISSUES_KEPT) {
                issues.add(issue);
            }
            issueCount++;
        }
    }
}

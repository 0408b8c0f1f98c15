package org.refunddesk.exchange.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.caseload.PlatformKey;
import org.refunddesk.rules.i18n.Messages;

/**
 * Imports cases from .xlsx or .csv in two steps: {@link #read} the file, then {@link #preview} it with a
 * column mapping against the cases already stored. The preview names every bad cell by row and column;
 * its cases are handed out only when there is none, for the caller to store all at once
 * ({@code CaseRepository.createAll}). A row whose platform + order number (or case id) is already in the
 * file or the store is reported as a duplicate and left out.
 */
public final class XlsxCaseImporter {
    private final Messages messages;

    public XlsxCaseImporter(Messages messages) {
        this.messages = messages;
    }

    /** Reads .csv / .txt as CSV, anything else as .xlsx. */
    public ImportTable read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt") ? CsvTableReader.read(file) : XlsxTableReader.read(file);
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
        Map<String, Integer> storedKeys = new HashMap<>();
        Set<UUID> storedIds = new HashSet<>();
        for (RefundCase c : existing) {
            storedIds.add(c.id());
            duplicateKey(c).ifPresent(k -> storedKeys.put(k, 0));
        }
        Map<String, Integer> fileKeys = new HashMap<>();
        Map<UUID, Integer> fileIds = new HashMap<>();
        CaseRowParser parser = new CaseRowParser(mapping, messages);
        List<ImportPreview.PreviewRow> rows = new ArrayList<>();
        for (ImportTable.Row row : table.rows()) {
            List<ImportIssue> issues = new ArrayList<>();
            RefundCase parsed = parser.parse(row, issues);
            ImportDuplicate duplicate = null;
            if (parsed != null) {
                duplicate = duplicateOf(row.number(), parsed, storedIds, storedKeys, fileIds, fileKeys);
            }
            rows.add(new ImportPreview.PreviewRow(row.number(), row.cells(), issues, parsed, duplicate));
        }
        return new ImportPreview(table.headers(), rows, List.of());
    }

    private static ImportDuplicate duplicateOf(int row, RefundCase c, Set<UUID> storedIds, Map<String, Integer> storedKeys,
                                               Map<UUID, Integer> fileIds, Map<String, Integer> fileKeys) {
        String platform = c.platform().name();
        String order = c.purchase().orderNo();
        if (storedIds.contains(c.id())) {
            return new ImportDuplicate(row, ImportDuplicate.Kind.SAME_ID, 0, platform, order, c.id().toString());
        }
        if (fileIds.containsKey(c.id())) {
            return new ImportDuplicate(row, ImportDuplicate.Kind.IN_FILE, fileIds.get(c.id()), platform, order,
                    c.id().toString());
        }
        var key = duplicateKey(c);
        if (key.isPresent() && storedKeys.containsKey(key.get())) {
            return new ImportDuplicate(row, ImportDuplicate.Kind.IN_STORE, 0, platform, order, c.id().toString());
        }
        if (key.isPresent() && fileKeys.containsKey(key.get())) {
            return new ImportDuplicate(row, ImportDuplicate.Kind.IN_FILE, fileKeys.get(key.get()), platform, order,
                    c.id().toString());
        }
        fileIds.put(c.id(), row);
        key.ifPresent(k -> fileKeys.put(k, row));
        return null;
    }

    /** Same platform (normalised: case, width, URL forms) and same order number; no order number, no key. */
    static java.util.Optional<String> duplicateKey(RefundCase c) {
        if (c.purchase() == null || c.purchase().orderNo() == null || c.purchase().orderNo().isBlank()
                || c.platform() == null) {
            return java.util.Optional.empty();
        }
        String order = Normalizer.normalize(c.purchase().orderNo(), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return java.util.Optional.of(PlatformKey.of(c.platform().name()) + "\u0000" + order);
    }
}

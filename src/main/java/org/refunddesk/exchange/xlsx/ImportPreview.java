package org.refunddesk.exchange.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.refunddesk.domain.RefundCase;

/**
 * What an import would do: each data row with its cells, its errors, the case it becomes (null when it
 * has errors) and whether it duplicates another. Cases are handed out only when no row has an error.
 */
public record ImportPreview(List<String> headers, List<PreviewRow> rows, List<ImportIssue> fileIssues) {

    public record PreviewRow(int number, List<Object> cells, List<ImportIssue> issues, RefundCase parsed,
                             ImportDuplicate duplicate) {
        public PreviewRow {
            issues = List.copyOf(issues);
        }
    }

    public ImportPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        fileIssues = List.copyOf(fileIssues);
    }

    public List<ImportIssue> errors() {
        List<ImportIssue> all = new ArrayList<>(fileIssues);
        rows.forEach(r -> all.addAll(r.issues()));
        return all;
    }

    public boolean hasErrors() {
        return !fileIssues.isEmpty() || rows.stream().anyMatch(r -> !r.issues().isEmpty());
    }

    public List<ImportDuplicate> duplicates() {
        return rows.stream().map(PreviewRow::duplicate).filter(java.util.Objects::nonNull).toList();
    }

    /** The new cases to create, all at once; refused while any error remains. */
    public List<RefundCase> casesToImport() {
        if (hasErrors()) {
            throw new IllegalStateException("the import has errors: " + errors().size());
        }
        return rows.stream().filter(r -> r.duplicate() == null).map(PreviewRow::parsed).toList();
    }
}

package org.refunddesk.exchange.xlsx;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.refunddesk.rules.i18n.Messages;

/**
 * Which file column feeds which case field. {@link #detect} recognises the export's own headers in
 * Chinese or English; a user can map any other file by hand with {@link #with}.
 */
public record ColumnMapping(Map<CaseColumn, Integer> columns) {
    /** Fields an import cannot do without: the platform and the purchase's product, amount and time. */
    public static final List<CaseColumn> REQUIRED =
            List.of(CaseColumn.PLATFORM, CaseColumn.PRODUCT, CaseColumn.AMOUNT, CaseColumn.PAID_AT);
    /** Derived on export (next deadline, evidence score): never read back. */
    public static final List<CaseColumn> NOT_IMPORTED = List.of(CaseColumn.NEXT_DEADLINE, CaseColumn.EVIDENCE_SCORE);

    private static final List<Messages> LANGUAGES = List.of(Messages.forTag("zh"), Messages.forTag("en"));

    public ColumnMapping {
        columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(CaseColumn.class)
                : new EnumMap<>(columns));
    }

    public static ColumnMapping detect(List<String> headers) {
        Map<CaseColumn, Integer> found = new EnumMap<>(CaseColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = fold(headers.get(i));
            for (CaseColumn column : CaseColumn.values()) {
                if (!found.containsKey(column) && LANGUAGES.stream()
                        .anyMatch(m -> fold(m.get(column.headerKey())).equals(header))) {
                    found.put(column, i);
                }
            }
        }
        return new ColumnMapping(found);
    }

    /** The mapping with {@code column} read from file column {@code index}; a negative index unmaps it. */
    public ColumnMapping with(CaseColumn column, int index) {
        Map<CaseColumn, Integer> changed = new EnumMap<>(CaseColumn.class);
        changed.putAll(columns);
        changed.entrySet().removeIf(e -> e.getValue() == index);
        if (index < 0) {
            changed.remove(column);
        } else {
            changed.put(column, index);
        }
        return new ColumnMapping(changed);
    }

    /**
     * The mapping with the user's choices on top: {@code spec} is {@code "file header=field,..."} (fields
     * as {@link CaseColumn#fieldName()}). Throws IllegalArgumentException naming the unknown header or field.
     */
    public ColumnMapping withSpec(String spec, List<String> headers) {
        ColumnMapping result = this;
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--map: \"" + part.strip() + "\" is not HEADER=field");
            }
            String header = fold(part.substring(0, eq));
            String field = part.substring(eq + 1);
            CaseColumn column = CaseColumn.ofFieldName(field).orElseThrow(() ->
                    new IllegalArgumentException("--map: unknown field \"" + field.strip() + "\""));
            int index = -1;
            for (int i = 0; i < headers.size() && index < 0; i++) {
                if (fold(headers.get(i)).equals(header)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("--map: the file has no column \"" + part.substring(0, eq).strip() + "\"");
            }
            result = result.with(column, index);
        }
        return result;
    }

    /** The field fed from file column {@code index}, if any. */
    public Optional<CaseColumn> fieldAt(int index) {
        return columns.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst();
    }

    public Optional<Integer> indexOf(CaseColumn column) {
        return Optional.ofNullable(columns.get(column));
    }

    public List<CaseColumn> missingRequired() {
        return REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    }

    private static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}

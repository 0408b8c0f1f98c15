package org.refunddesk.ui.cases;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.refunddesk.rules.caseload.SearchKey;

/**
 * The case list's rows kept in the table's sort order, so that a keystroke is one pass of {@code contains} over
 * precomputed keys whose result is already in order (issue 14): no incremental filtered/sorted list change
 * handling per row. Sorting is paid once per sort change or row change, with each row's sort values read once.
 * Ties keep store order (newest first), as a stable sort of the store's list does. Not thread-safe: FX thread.
 */
public final class PresortedRows {
    /** One level of the table's sort order: a column's value of a row, the column's comparator, its direction. */
    public record SortKey(Function<CaseRow, ?> value, Comparator<Object> comparator, boolean descending) {
    }

    private List<CaseRow> storeOrder = List.of();
    private List<SortKey> order = List.of();
    private CaseRow[] ordered = new CaseRow[0];
    private List<String> words = List.of();
    /** The rows the current words let through, in order; a subset of {@link #ordered}. */
    private CaseRow[] matching = new CaseRow[0];

    /** New rows (store order): sorted once, then filtered by the current query. */
    public List<CaseRow> setRows(List<CaseRow> rows) {
        storeOrder = List.copyOf(rows);
        resort();
        return refilter(ordered);
    }

    /** A new sort order (empty: store order): one sort of every row, then the current query. */
    public List<CaseRow> sortBy(List<SortKey> keys) {
        order = List.copyOf(keys);
        resort();
        return refilter(ordered);
    }

    /**
     * The rows matching this query, in order. When the query only narrows the previous one (every earlier word
     * is inside a word typed now), only the previous result is scanned: it holds every row that can match.
     */
    public List<CaseRow> filter(String query) {
        List<String> next = SearchKey.words(query);
        boolean narrows = !words.isEmpty() && everyWordInside(words, next);
        words = next;
        return refilter(narrows ? matching : ordered);
    }

    /** The rows shown now. */
    public List<CaseRow> shown() {
        return Arrays.asList(matching);
    }

    private List<CaseRow> refilter(CaseRow[] from) {
        if (words.isEmpty()) {
            matching = ordered;
        } else {
            CaseRow[] found = new CaseRow[from.length];
            int n = 0;
            for (CaseRow row : from) {
                if (SearchKey.matches(row.searchKey(), words)) {
                    found[n++] = row;
                }
            }
            matching = n == found.length ? found : Arrays.copyOf(found, n);
        }
        return Arrays.asList(matching);
    }

    private static boolean everyWordInside(List<String> before, List<String> now) {
        for (String was : before) {
            boolean inside = false;
            for (String word : now) {
                if (word.contains(was)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /** Reads each row's sort values once, then sorts (stable: ties stay in store order). */
    private void resort() {
        int n = storeOrder.size();
        if (order.isEmpty()) {
            ordered = storeOrder.toArray(new CaseRow[0]);
            return;
        }
        int levels = order.size();
        Object[][] values = new Object[n][];
        Integer[] positions = new Integer[n];
        for (int i = 0; i < n; i++) {
            CaseRow row = storeOrder.get(i);
            Object[] v = new Object[levels];
            for (int k = 0; k < levels; k++) {
                v[k] = order.get(k).value().apply(row);
            }
            values[i] = v;
            positions[i] = i;
        }
        Arrays.sort(positions, (a, b) -> {
            for (int k = 0; k < levels; k++) {
                SortKey key = order.get(k);
                int c = key.comparator().compare(values[a][k], values[b][k]);
                if (c != 0) {
                    return key.descending() ? -c : c;
                }
            }
            return 0;
        });
        CaseRow[] sorted = new CaseRow[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = storeOrder.get(positions[i]);
        }
        ordered = sorted;
    }
}

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
    /**
     * Every key of {@link #ordered} in one string, each followed by {@link #SEPARATOR} (built at the first query
     * after a sort; null: not built, or a key holds the separator). A keystroke over every row is one
     * {@code indexOf} walk through it instead of following each row to its key (issue 14: at 100,000 rows the
     * pointer chasing was most of a keystroke's time beyond the plain scan).
     */
    private String packed;
    /** Where each ordered row's key starts in {@link #packed}; one more entry: the end. */
    private int[] starts;
    private boolean packable;
    private static final char SEPARATOR = '\u0000';
    /**
     * A narrowing query walks the previous result row by row only when that holds under an eighth of the rows: at
     * 100,000 rows, following each of nearly every row to its key was most of a keystroke like "ca" after "c" (12 ms,
     * against 7 ms for a plain loop over the keys).
     */
    private static final int NARROW_BY_OBJECTS_BELOW = 8;

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
        } else if ((from == ordered || from.length > ordered.length / NARROW_BY_OBJECTS_BELOW)
                && words.stream().noneMatch(w -> w.indexOf(SEPARATOR) >= 0) && pack()) {
            // a query narrowing a large result scans the packed keys too: every row can match only if it matched
            // before, so the result is the same, and one pass through one string beats following each row to its key
            matching = scanPacked();
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

    /** Builds {@link #packed} for the current order once; false when a key holds the separator. */
    private boolean pack() {
        if (starts != null) {
            return packable;
        }
        int[] at = new int[ordered.length + 1];
        int length = 0;
        for (int i = 0; i < ordered.length; i++) {
            at[i] = length;
            length += ordered[i].searchKey().length() + 1;
        }
        at[ordered.length] = length;
        StringBuilder all = new StringBuilder(length);
        packable = true;
        for (CaseRow row : ordered) {
            String key = row.searchKey();
            packable &= key.indexOf(SEPARATOR) < 0;
            all.append(key).append(SEPARATOR);
        }
        packed = packable ? all.toString() : null;
        starts = at;
        return packable;
    }

    /** Every ordered row whose key holds every word: the longest word found through the packed keys, the rest per hit. */
    private CaseRow[] scanPacked() {
        String probe = words.get(0);
        for (String word : words) {
            probe = word.length() > probe.length() ? word : probe;
        }
        boolean more = words.size() > 1;
        CaseRow[] found = new CaseRow[ordered.length];
        int n = 0;
        int row = 0;
        for (int pos = packed.indexOf(probe); pos >= 0; pos = row < ordered.length ? packed.indexOf(probe, starts[row]) : -1) {
            while (starts[row + 1] <= pos) {
                row++;
            }
            if (!more || everyWordWithin(starts[row], starts[row + 1] - 1)) {
                found[n++] = ordered[row];
            }
            row++;
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    /** True when every word occurs in the packed key at [from, to) (the row's key, without its separator). */
    private boolean everyWordWithin(int from, int to) {
        for (String word : words) {
            if (!occursWithin(packed, word, from, to)) {
                return false;
            }
        }
        return true;
    }

    private static boolean occursWithin(String text, String word, int from, int to) {
        for (int at = from; at + word.length() <= to; at++) {
            if (text.startsWith(word, at)) {
                return true;
            }
        }
        return false;
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
        packed = null;
        starts = null;
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

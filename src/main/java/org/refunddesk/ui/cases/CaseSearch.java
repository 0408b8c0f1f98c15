package org.refunddesk.ui.cases;

import java.util.List;
import java.util.function.Predicate;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.caseload.SearchKey;

/**
 * The search box's matching, in memory: every word typed must appear (ignoring case and full-width forms) in
 * the title, platform, order number, consumer name or phone, or a tag. Rows carry their key precomputed
 * ({@link SearchKey}), so a keystroke only runs {@code contains} over ready strings.
 */
public final class CaseSearch {
    private CaseSearch() {
    }

    /** Over rows' precomputed keys: what a keystroke runs, no text built or lower-cased per case. */
    public static Predicate<CaseRow> matchingRows(String query) {
        List<String> words = SearchKey.words(query);
        if (words.isEmpty()) {
            return row -> true;
        }
        return row -> SearchKey.matches(row.searchKey(), words);
    }

    /** Over whole cases (their key computed on each call). */
    public static Predicate<RefundCase> matching(String query) {
        List<String> words = SearchKey.words(query);
        if (words.isEmpty()) {
            return refundCase -> true;
        }
        return refundCase -> SearchKey.matches(SearchKey.forCase(refundCase), words);
    }
}

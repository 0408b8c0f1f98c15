package org.refunddesk.ui.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.refunddesk.domain.RefundCase;

/**
 * The search box's matching, in memory: every word typed must appear (ignoring case) in the title,
 * platform, order number, consumer name or phone, or a tag.
 */
public final class CaseSearch {
    private CaseSearch() {
    }

    public static Predicate<RefundCase> matching(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return refundCase -> true;
        }
        return refundCase -> {
            String haystack = searchableText(refundCase);
            return words.stream().allMatch(haystack::contains);
        };
    }

    private static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        if (query != null) {
            for (String word : query.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String searchableText(RefundCase c) {
        StringBuilder text = new StringBuilder();
        append(text, c.title());
        if (c.platform() != null) {
            append(text, c.platform().name());
        }
        if (c.purchase() != null) {
            append(text, c.purchase().orderNo());
        }
        append(text, c.consumer().name());
        append(text, c.consumer().phone());
        c.tags().forEach(tag -> append(text, tag));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static void append(StringBuilder text, String part) {
        if (part != null) {
            // A separator no one types, so words never match across two fields.
            text.append(part).append('\u0001');
        }
    }
}

package org.refunddesk.exchange.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.refunddesk.rules.i18n.Messages;

/**
 * A yes / no / unknown cell (problem.feeDisclosed): written as the bundle's yes / no words (blank when not known),
 * read back in either language, as true / false (Excel's boolean cells), or as the "unknown" word (null).
 */
final class YesNo {
    private static final List<Messages> LANGUAGES = List.of(Messages.forTag("zh"), Messages.forTag("en"));
    private static final Set<String> YES = words("caseload.cell.yes", "true", "1");
    private static final Set<String> NO = words("caseload.cell.no", "false", "0");
    private static final Set<String> UNKNOWN = words("caseload.cell.unknown");

    private YesNo() {
    }

    static String write(Boolean value, Messages messages) {
        return value == null ? null : messages.get(value ? "caseload.cell.yes" : "caseload.cell.no");
    }

    static boolean understood(String text) {
        String t = fold(text);
        return YES.contains(t) || NO.contains(t) || UNKNOWN.contains(t);
    }

    /** True, false, or null for "unknown"; only for {@link #understood} text. */
    static Boolean value(String text) {
        String t = fold(text);
        return YES.contains(t) ? Boolean.TRUE : NO.contains(t) ? Boolean.FALSE : null;
    }

    private static Set<String> words(String key, String... more) {
        java.util.HashSet<String> words = new java.util.HashSet<>();
        LANGUAGES.forEach(m -> words.add(fold(m.get(key))));
        for (String w : more) {
            words.add(fold(w));
        }
        return Set.copyOf(words);
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}

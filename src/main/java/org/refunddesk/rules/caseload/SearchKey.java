package org.refunddesk.rules.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The search box's text form, computed once per case and once per query instead of once per case per
 * keystroke: lower-cased, full-width ASCII (ＡＢＣ１２３, the ideographic space) folded to half-width, fields
 * joined by a separator no one types so a word never matches across two fields.
 */
public final class SearchKey {
    /** Between two fields of a key. */
    public static final char SEPARATOR = '\u0001';

    private SearchKey() {
    }

    /** The key of these fields (nulls skipped). */
    public static String of(List<String> fields) {
        StringBuilder key = new StringBuilder();
        for (String field : fields) {
            if (field != null) {
                key.append(normalise(field)).append(SEPARATOR);
            }
        }
        return key.toString();
    }

    /**
     * A case's key: title, platform, order number, consumer name and phone, tags (what the search box looks in),
     * then the pinyin initials of title, platform and consumer name (蓝海卡盟 is found by "lhkm").
     */
    public static String forCase(org.refunddesk.domain.RefundCase c) {
        List<String> fields = new ArrayList<>();
        String platform = c.platform() == null ? null : c.platform().name();
        fields.add(c.title());
        fields.add(platform);
        fields.add(c.purchase() == null ? null : c.purchase().orderNo());
        fields.add(c.consumer().name());
        fields.add(c.consumer().phone());
        fields.addAll(c.tags());
        fields.add(PinyinInitials.of(c.title()));
        fields.add(PinyinInitials.of(platform));
        fields.add(PinyinInitials.of(c.consumer().name()));
        return of(fields);
    }

    /** The words of a query, normalised as keys are; empty for a blank query. */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        if (query != null) {
            for (String word : normalise(query).trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** True when every word occurs in the key. */
    public static boolean matches(String key, List<String> words) {
        for (String word : words) {
            if (!key.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            } else if (ch == '\u3000') {
                ch = ' ';
            }
            out.append(ch);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}

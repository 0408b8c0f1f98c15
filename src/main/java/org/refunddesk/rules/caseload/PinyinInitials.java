package org.refunddesk.rules.caseload;

import java.text.Normalizer;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

/**
 * The pinyin initials of a text's Chinese characters (蓝海卡盟 -> lhkm), so the search box finds a case by what a
 * helper types without switching to a Chinese input method. Each character is transliterated once ("Han-Latin",
 * ICU4J) and its initial kept: a summary write looks up a few characters, not a transliteration per field.
 * A character with several readings gets ICU's default one.
 */
public final class PinyinInitials {
    private static final ConcurrentHashMap<Integer, Character> INITIALS = new ConcurrentHashMap<>();
    /** Not documented as thread-safe: used under its own lock, only on a character's first sight. */
    private static Transliterator hanLatin;

    private PinyinInitials() {
    }

    /** The initials of the text's Chinese characters, other characters kept; null when it holds no Chinese. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    out.append(text, 0, i);
                }
                char initial = INITIALS.computeIfAbsent(cp, PinyinInitials::initialOf);
                if (initial != 0) {
                    out.append(initial);
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? null : out.toString();
    }

    private static char initialOf(int codePoint) {
        String latin;
        synchronized (PinyinInitials.class) {
            if (hanLatin == null) {
                hanLatin = Transliterator.getInstance("Han-Latin");
            }
            latin = hanLatin.transliterate(new String(Character.toChars(codePoint)));
        }
        // "lán" -> 'l'; a syllable starting with a toned vowel ("ài") loses its tone mark
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFD);
        for (int i = 0; i < plain.length(); i++) {
            char ch = Character.toLowerCase(plain.charAt(i));
            if (ch >= 'a' && ch <= 'z') {
                return ch;
            }
            if (!Character.isWhitespace(ch)) {
                break;
            }
        }
        return 0; // no reading known: the character adds nothing
    }
}

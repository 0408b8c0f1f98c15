package org.refunddesk.rules.caseload;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised form of a platform name, so "ＡＢＣ卡盟", "abc 卡盟" and "https://www.abc卡盟.com/shop"
 * compare equal. Steps: NFKC (full-width to half-width), lower case, drop URL scheme, "www.", port, path
 * and query, drop a trailing top-level domain, drop generic words people add ("官网", "平台"), then keep
 * only letters and digits.
 */
public final class PlatformKey {
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern WWW = Pattern.compile("^(www|m|wap)\\.");
    private static final Pattern PATH_OR_QUERY = Pattern.compile("[/?#].*$");
    private static final Pattern PORT = Pattern.compile(":\\d+$");
    // Common endings of platform domains; "abc.com" and "abc.cn" are treated as the same shop name.
    private static final Pattern TLD = Pattern.compile(
            "\\.(com\\.cn|net\\.cn|org\\.cn|com|cn|net|org|top|xyz|vip|shop|store|site|cc|co|me|info|club|online)$");
    // Words that say what the thing is rather than which one it is.
    private static final Pattern GENERIC_SUFFIX = Pattern.compile("(官方网站|官方网|官网|官方|平台|网站|商城)+$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlatformKey() {
    }

    /** The key of a name, or "" for a blank name. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("\\s+", "");
        s = SCHEME.matcher(s).replaceFirst("");
        s = PATH_OR_QUERY.matcher(s).replaceFirst("");
        s = PORT.matcher(s).replaceFirst("");
        s = WWW.matcher(s).replaceFirst("");
        s = TLD.matcher(s).replaceFirst("");
        s = NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
        String withoutGeneric = GENERIC_SUFFIX.matcher(s).replaceFirst("");
        return withoutGeneric.isEmpty() ? s : withoutGeneric;
    }
}

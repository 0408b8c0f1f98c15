package org.refunddesk.rules.caseload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalised form of a platform name, so a full-width name, the same name with spaces and its URL
 * compare equal. Steps: NFKC (full-width to half-width), lower case, drop URL scheme, "www.", port, path
 * and query, drop a trailing top-level domain, drop generic words people add (official site, platform:
 * generic-platform-words.txt), then keep only letters and digits.
 */
public final class PlatformKey {
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern WWW = Pattern.compile("^(www|m|wap)\\.");
    private static final Pattern PATH_OR_QUERY = Pattern.compile("[/?#].*$");
    private static final Pattern PORT = Pattern.compile(":\\d+$");
    // Common endings of platform domains; "abc.com" and "abc.cn" are treated as the same shop name.
    private static final Pattern TLD = Pattern.compile(
            "\\.(com\\.cn|net\\.cn|org\\.cn|com|cn|net|org|top|xyz|vip|shop|store|site|cc|co|me|info|club|online)$");
    private static final Pattern GENERIC_SUFFIX = genericSuffix();
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    // A caseload names a few hundred platforms across 100,000 cases, and the dashboard keys each case's name
    // several times; the key of a name never changes, so it is worked out once. Bounded for safety.
    private static final int MEMO_LIMIT = 20_000;
    private static final java.util.Map<String, String> MEMO = new java.util.concurrent.ConcurrentHashMap<>();

    private PlatformKey() {
    }

    /** The generic words from the data file, as one "any of these at the end" pattern. */
    private static Pattern genericSuffix() {
        try (InputStream in = PlatformKey.class.getResourceAsStream("generic-platform-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("generic-platform-words.txt is missing from the class path");
            }
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Pattern::quote).toList();
            return Pattern.compile("(" + String.join("|", words) + ")+$");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key of a name, or "" for a blank name. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String known = MEMO.get(name);
        if (known != null) {
            return known;
        }
        if (MEMO.size() >= MEMO_LIMIT) {
            MEMO.clear();
        }
        String key = compute(name);
        MEMO.put(name, key);
        return key;
    }

    private static String compute(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = WHITESPACE.matcher(s).replaceAll("");
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

package org.refunddesk.exchange.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The words the bills are written in (headers, directions, statuses, goods words), from
 * {@code vocabulary.properties} next to this class: data, not code, and no Chinese literals in Java.
 */
final class StatementVocabulary {
    static final StatementVocabulary BUILT_IN = load();

    private final Properties words;

    private StatementVocabulary(Properties words) {
        this.words = words;
    }

    private static StatementVocabulary load() {
        try (InputStream in = StatementVocabulary.class.getResourceAsStream("vocabulary.properties")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.properties is missing from the class path");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new StatementVocabulary(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String word(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("vocabulary.properties has no " + key);
        }
        return value.strip();
    }

    /** The word for a key, or null when the vocabulary has none (optional entries such as product words). */
    String optional(String key) {
        String value = words.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    List<String> list(String key) {
        return Arrays.stream(word(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Pattern pattern(String key) {
        return Pattern.compile(word(key));
    }

    /** The header words in the form {@link #normalise} gives a header cell. */
    List<String> header(StatementFormat format) {
        return list(format.headerKey()).stream().map(StatementVocabulary::normalise).toList();
    }

    /** A header cell without padding, quotes or BOM, full-width brackets folded: what the apps vary. */
    static String normalise(String cell) {
        if (cell == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (Character.isWhitespace(ch) || ch == '"' || ch == '\uFEFF' || ch == '\u3000') {
                continue;
            }
            b.append(ch == '\uFF08' ? '(' : ch == '\uFF09' ? ')' : ch);
        }
        return b.toString();
    }
}

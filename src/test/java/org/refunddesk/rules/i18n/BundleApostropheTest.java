package org.refunddesk.rules.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Texts with placeholders go through MessageFormat, where a lone apostrophe starts a quote: "the consumer's
 * name ({0})" would lose the apostrophe and print "{0}" as is. Such texts must write it as ''.
 */
class BundleApostropheTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    private static List<Path> bundles() throws IOException, URISyntaxException {
        Path folder = Path.of(Messages.class.getResource("/org/refunddesk/i18n/cases.properties").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static long apostrophes(String text) {
        return text.chars().filter(c -> c == '\'').count();
    }

    @Test
    void everyApostropheInATextWithPlaceholdersSurvivesFormatting() throws Exception {
        List<String> broken = new ArrayList<>();
        Object[] args = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}; // numbers suit plain, {0,number} and {0,choice} placeholders
        for (Path bundle : bundles()) {
            Properties texts = new Properties();
            try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                if (!PLACEHOLDER.matcher(pattern).find()) {
                    continue;
                }
                String shown = new MessageFormat(pattern, Locale.ENGLISH).format(args);
                if (PLACEHOLDER.matcher(shown).find() || apostrophes(shown) != apostrophes(pattern.replace("''", "'"))) {
                    broken.add(bundle.getFileName() + ": " + key + " -> " + shown);
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(bundles()).hasSizeGreaterThan(10);
    }
}

package org.refunddesk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the rule book: the one shipped with the app, unless the data folder holds a valid
 * {@code rulebook.json} with a higher version. The result says which version was used, from where,
 * and why a data-folder file was passed over.
 */
public final class RuleBooks {
    public static final String FILE_NAME = "rulebook.json";
    static final String RESOURCE = "/org/refunddesk/rules/rulebook.json";
    private static volatile RuleBook builtIn;

    private RuleBooks() {
    }

    /** The rule book in use, and notes on a data-folder file that was not used (each names file and path). */
    public record Loaded(RuleBook ruleBook, List<String> notes) {
        public Loaded {
            notes = List.copyOf(notes);
        }

        public String version() {
            return ruleBook.version();
        }

        public String origin() {
            return ruleBook.origin();
        }
    }

    /** The rule book shipped with the app (read once). */
    public static RuleBook builtIn() {
        RuleBook b = builtIn;
        if (b == null) {
            try (InputStream in = RuleBooks.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in rule book " + RESOURCE + " is missing");
                }
                b = RuleBookParser.parse("built-in " + FILE_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = b;
        }
        return b;
    }

    /** Reads a rule book file strictly (errors name the file and JSON path). */
    public static RuleBook parse(String fileName, String json) {
        return RuleBookParser.parse(fileName, json);
    }

    public static Loaded load(Path dataDir) {
        RuleBook shipped = builtIn();
        List<String> notes = new ArrayList<>();
        Path file = dataDir == null ? null : dataDir.resolve(FILE_NAME);
        if (file == null || !Files.isRegularFile(file)) {
            return new Loaded(shipped, notes);
        }
        try {
            RuleBook candidate = RuleBookParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            if (compareVersions(candidate.version(), shipped.version()) > 0) {
                return new Loaded(candidate, notes);
            }
            notes.add(file + ": version " + candidate.version() + " is not newer than the built-in "
                    + shipped.version() + "; using the built-in rule book");
        } catch (RuleBookException e) {
            notes.add(e.getMessage() + "; using the built-in rule book " + shipped.version());
        } catch (IOException e) {
            notes.add(file + ": cannot be read (" + e.getMessage() + "); using the built-in rule book " + shipped.version());
        }
        return new Loaded(shipped, notes);
    }

    /** Compares dotted numeric versions: 2026.11.10 is newer than 2026.11.9, and 2026.11.1 than 2026.11. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long xi = i < x.length ? Long.parseLong(x[i]) : -1;
            long yi = i < y.length ? Long.parseLong(y[i]) : -1;
            if (xi != yi) {
                return Long.compare(xi, yi);
            }
        }
        return 0;
    }
}

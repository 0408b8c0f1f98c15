package org.refunddesk.rules.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.refunddesk.domain.ProblemKind;
import org.refunddesk.rules.escalation.Citation;

/**
 * The letter data shipped as resources under {@code org/refunddesk/rules/letters/}: one template per
 * channel shape and language ({@code regulator_zh.txt}), the shared facts template, and
 * {@code basis.json} (citations, problem statements and default evidence per problem kind).
 */
public final class LetterResources {
    private static final String DIR = "/org/refunddesk/rules/letters/";

    private final Map<String, LetterTemplate> templates = new ConcurrentHashMap<>();
    private final Map<String, String> facts = new ConcurrentHashMap<>();
    private final Basis basis;

    /** {@code basis.json}. */
    public record Basis(String format, String version, Map<String, Citation> citations,
                        Map<ProblemKind, ProblemText> problems) {
    }

    /** What a letter says for one problem kind: the citations that fit, the statement, the usual evidence. */
    public record ProblemText(List<String> citations, Citation statement, Map<String, List<String>> evidence) {
    }

    public LetterResources() {
        try (InputStream in = open(DIR + "basis.json")) {
            basis = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Basis.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ProblemKind kind : ProblemKind.values()) {
            ProblemText p = basis.problems().get(kind);
            if (p == null) {
                throw new IllegalStateException("basis.json has no entry for problem kind " + kind);
            }
            p.citations().forEach(id -> {
                if (!basis.citations().containsKey(id)) {
                    throw new IllegalStateException("basis.json: " + kind + " cites unknown " + id);
                }
            });
        }
    }

    public LetterTemplate template(String name, Locale locale) {
        String file = name + "_" + lang(locale) + ".txt";
        return templates.computeIfAbsent(file, f -> LetterTemplate.parse(f, read(DIR + f)));
    }

    public String factsTemplate(Locale locale) {
        return facts.computeIfAbsent(lang(locale), l -> read(DIR + "facts_" + l + ".txt").strip());
    }

    public ProblemText problem(ProblemKind kind) {
        return basis.problems().get(kind);
    }

    public List<Citation> citations(ProblemKind kind) {
        return problem(kind).citations().stream().map(basis.citations()::get).toList();
    }

    public String version() {
        return basis.version();
    }

    private static String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh";
    }

    private static String read(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = LetterResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing resource " + resource);
        }
        return in;
    }
}

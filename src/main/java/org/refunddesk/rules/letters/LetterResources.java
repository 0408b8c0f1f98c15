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
    private final Map<String, List<LetterTemplate.Line>> lines = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<LetterTemplate.Line>>> statements = new ConcurrentHashMap<>();
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

    /** The shared facts section's sentences. */
    List<LetterTemplate.Line> factsLines(Locale locale) {
        return lines("facts_" + lang(locale) + ".txt");
    }

    /** The shared demand's sentences (refund, CRPL 53 interest, the conditional CRPL 55 claim). */
    List<LetterTemplate.Line> demandLines(Locale locale) {
        return lines("demand_" + lang(locale) + ".txt");
    }

    /** What a problem kind states, then the use state where it matters for that kind. */
    List<LetterTemplate.Line> statement(ProblemKind kind, Locale locale) {
        Map<String, List<LetterTemplate.Line>> all = statements.computeIfAbsent(lang(locale),
                l -> LetterTemplate.parseSections("statements_" + l + ".txt", read(DIR + "statements_" + l + ".txt")));
        List<LetterTemplate.Line> out = new java.util.ArrayList<>(all.getOrDefault(kind.name().toLowerCase(java.util.Locale.ROOT), List.of()));
        if (WITH_STATE.contains(kind)) {
            out.addAll(all.getOrDefault("state", List.of()));
        }
        return out;
    }

    /** Kinds whose claim depends on the use state (a mistake, a wrong item, a changed mind, a service that stopped). */
    private static final java.util.Set<ProblemKind> WITH_STATE = java.util.EnumSet.of(ProblemKind.WRONG_ITEM,
            ProblemKind.FALSE_ADVERTISING, ProblemKind.DUPLICATE_PURCHASE, ProblemKind.WRONG_PACKAGE,
            ProblemKind.WRONG_ACCOUNT, ProblemKind.CHANGED_MIND);

    private List<LetterTemplate.Line> lines(String file) {
        return lines.computeIfAbsent(file, f -> LetterTemplate.parseSections(f, "## [all] -\n" + read(DIR + f)).get("all"));
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

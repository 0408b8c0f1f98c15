package org.refunddesk.rules.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter template resource: {@code # title}, then {@code ## [id] heading} sections with body lines.
 * Bodies hold named placeholders {@code {name}} and optional blocks {@code {?name}…{/name}} kept only
 * when the value is present. A placeholder the drafter does not know is an error, so a typo in a
 * template fails the tests instead of reaching a user.
 */
public final class LetterTemplate {
    private static final Pattern SECTION = Pattern.compile("^## \\[(\\w+)] (.+)$");
    private static final Pattern OPTIONAL = Pattern.compile("\\{\\?(\\w+)}(.*?)\\{/\\1}", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final String name;
    private final String title;
    private final List<RawSection> sections;

    private record RawSection(String id, String heading, String body) {
    }

    private LetterTemplate(String name, String title, List<RawSection> sections) {
        this.name = name;
        this.title = title;
        this.sections = List.copyOf(sections);
    }

    public static LetterTemplate parse(String name, String text) {
        String title = null;
        List<RawSection> sections = new ArrayList<>();
        String id = null;
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            Matcher m = SECTION.matcher(line);
            if (line.startsWith("# ") && title == null && id == null) {
                title = line.substring(2).strip();
            } else if (m.matches()) {
                if (id != null) {
                    sections.add(new RawSection(id, heading, body.toString().strip()));
                }
                id = m.group(1);
                heading = m.group(2).strip();
                body.setLength(0);
            } else if (id != null) {
                body.append(line).append('\n');
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("letter template " + name + ": text before the first section: " + line);
            }
        }
        if (id != null) {
            sections.add(new RawSection(id, heading, body.toString().strip()));
        }
        if (title == null || sections.isEmpty()) {
            throw new IllegalArgumentException("letter template " + name + " needs a '# title' and '## [id] heading' sections");
        }
        return new LetterTemplate(name, title, sections);
    }

    public String name() {
        return name;
    }

    /** The title and sections with every placeholder filled; an absent value shows {@code missing}. */
    public Filled fill(Map<String, String> values, String missing) {
        List<LetterSection> filled = sections.stream()
                .map(s -> new LetterSection(s.id(), fill(s.heading(), values, missing), fill(s.body(), values, missing)))
                .toList();
        return new Filled(fill(title, values, missing), filled);
    }

    public record Filled(String title, List<LetterSection> sections) {
    }

    private String fill(String text, Map<String, String> values, String missing) {
        return fillText(name, text, values, missing);
    }

    /** Fills one piece of template text (also the shared facts template); {@code name} appears in errors. */
    public static String fillText(String name, String text, Map<String, String> values, String missing) {
        Matcher optional = OPTIONAL.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            String inner = present(values, optional.group(1)) ? optional.group(2) : "";
            optional.appendReplacement(kept, Matcher.quoteReplacement(inner));
        }
        optional.appendTail(kept);
        Matcher m = PLACEHOLDER.matcher(kept);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("letter template " + name + ": unknown placeholder {" + key + "}");
            }
            String value = present(values, key) ? values.get(key) : missing;
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean present(Map<String, String> values, String key) {
        String v = values.get(key);
        return v != null && !v.isBlank();
    }
}

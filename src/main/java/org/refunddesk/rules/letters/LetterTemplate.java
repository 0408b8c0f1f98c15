package org.refunddesk.rules.letters;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter template resource: {@code # title}, then {@code ## [id] heading} sections. Every body line
 * is one sentence that declares what it needs:
 * <ul>
 *   <li>{@code {fact}} — the sentence states the fact; without it the sentence is left out;</li>
 *   <li>{@code {fact!}} — the recipient requires it; without it a visible blank is shown instead;</li>
 *   <li>a line starting {@code [if fact]} / {@code [if !fact]} is written only when the flag is true /
 *       known false (a text fact: present / absent);</li>
 *   <li>a line that is only {@code {block}} writes that block's sentences.</li>
 * </ul>
 * A section left with no sentence is left out. An unknown fact name is an error when the template is
 * read, so a typo fails the tests instead of reaching a user.
 */
public final class LetterTemplate {
    private static final Pattern SECTION = Pattern.compile("^## \\[(\\w+)] (.+)$");
    private static final Pattern CONDITION = Pattern.compile("^\\[if (!?)(\\w+)]\\s*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(!?)}");

    private final String name;
    private final Line title;
    private final List<RawSection> sections;

    /** One parsed sentence line: its conditions, its text with placeholders, the facts it names. */
    record Line(Map<Fact, Boolean> conditions, String text) {
    }

    private record RawSection(String id, String heading, List<Line> lines) {
    }

    private LetterTemplate(String name, Line title, List<RawSection> sections) {
        this.name = name;
        this.title = title;
        this.sections = List.copyOf(sections);
    }

    public static LetterTemplate parse(String name, String text) {
        Line title = null;
        List<RawSection> sections = new ArrayList<>();
        String id = null;
        String heading = null;
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            Matcher m = SECTION.matcher(raw);
            if (raw.startsWith("# ") && title == null && id == null) {
                title = line(name, raw.substring(2).strip());
            } else if (m.matches()) {
                if (id != null) {
                    sections.add(new RawSection(id, heading, lines));
                }
                id = m.group(1);
                heading = m.group(2).strip();
                lines = new ArrayList<>();
            } else if (id != null) {
                if (!raw.isBlank()) {
                    lines.add(line(name, raw.strip()));
                }
            } else if (!raw.isBlank()) {
                throw new IllegalArgumentException("letter template " + name + ": text before the first section: " + raw);
            }
        }
        if (id != null) {
            sections.add(new RawSection(id, heading, lines));
        }
        if (title == null || sections.isEmpty()) {
            throw new IllegalArgumentException("letter template " + name + " needs a '# title' and '## [id] heading' sections");
        }
        return new LetterTemplate(name, title, sections);
    }

    /** Parses the sections of a statements file ({@code ## [KEY] -} then lines), keyed by section id. */
    public static Map<String, List<Line>> parseSections(String name, String text) {
        Map<String, List<Line>> out = new LinkedHashMap<>();
        List<Line> current = null;
        for (String raw : text.split("\\R", -1)) {
            Matcher m = SECTION.matcher(raw);
            if (m.matches()) {
                current = new ArrayList<>();
                out.put(m.group(1), current);
            } else if (!raw.isBlank() && !raw.startsWith("#")) {
                if (current == null) {
                    throw new IllegalArgumentException(name + ": text before the first section: " + raw);
                }
                current.add(line(name, raw.strip()));
            }
        }
        return out;
    }

    private static Line line(String name, String raw) {
        Map<Fact, Boolean> conditions = new EnumMap<>(Fact.class);
        String rest = raw;
        Matcher c = CONDITION.matcher(rest);
        while (c.find()) {
            conditions.put(fact(name, c.group(2)), c.group(1).isEmpty());
            rest = rest.substring(c.end());
            c = CONDITION.matcher(rest);
        }
        Matcher p = PLACEHOLDER.matcher(rest);
        while (p.find()) {
            Fact f = fact(name, p.group(1));
            if (!p.group(2).isEmpty() && f.kind() != Fact.Kind.TEXT) {
                throw new IllegalArgumentException("letter template " + name + ": only a text fact can be a blank: {" + f.key() + "!}");
            }
        }
        return new Line(conditions, rest);
    }

    private static Fact fact(String template, String key) {
        try {
            return Fact.ofKey(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("letter template " + template + ": unknown placeholder {" + key + "}", e);
        }
    }

    public String name() {
        return name;
    }

    /** The title and the sections that keep at least one sentence; {@code blank} labels a required fact left open. */
    public Filled fill(FactSheet sheet, Function<Fact, String> blank) {
        List<DraftSentence> titleLine = render(List.of(title), sheet, blank);
        List<Filled.Section> filled = new ArrayList<>();
        for (RawSection s : sections) {
            List<DraftSentence> sentences = render(s.lines(), sheet, blank);
            if (!sentences.isEmpty()) {
                filled.add(new Filled.Section(s.id(), s.heading(), sentences));
            }
        }
        return new Filled(titleLine.isEmpty() ? null : titleLine.get(0), filled);
    }

    /** A filled template: the title sentence and the sections with their sentences. */
    public record Filled(DraftSentence title, List<Section> sections) {
        public record Section(String id, String heading, List<DraftSentence> sentences) {
            public LetterSection toLetterSection() {
                return new LetterSection(id, heading, String.join("\n", sentences.stream().map(DraftSentence::text).toList()));
            }
        }
    }

    /** Renders lines against the sheet: a line whose condition fails or whose fact is missing is left out. */
    public static List<DraftSentence> render(List<Line> lines, FactSheet sheet, Function<Fact, String> blank) {
        List<DraftSentence> out = new ArrayList<>();
        for (Line line : lines) {
            if (!line.conditions().entrySet().stream().allMatch(e -> sheet.holds(e.getKey(), e.getValue()))) {
                continue;
            }
            Matcher only = PLACEHOLDER.matcher(line.text());
            if (only.matches() && Fact.ofKey(only.group(1)).kind() == Fact.Kind.BLOCK) {
                for (DraftSentence s : sheet.block(Fact.ofKey(only.group(1)))) {
                    Map<Fact, Boolean> conditions = new EnumMap<>(Fact.class);
                    conditions.putAll(s.conditions());
                    conditions.putAll(line.conditions());
                    out.add(new DraftSentence(s.text(), s.facts(), conditions, s.blanks()));
                }
                continue;
            }
            Set<Fact> facts = EnumSet.noneOf(Fact.class);
            Set<Fact> blanks = EnumSet.noneOf(Fact.class);
            Matcher m = PLACEHOLDER.matcher(line.text());
            StringBuilder text = new StringBuilder();
            boolean missing = false;
            while (m.find()) {
                Fact f = Fact.ofKey(m.group(1));
                String value;
                if (f.kind() == Fact.Kind.BLOCK) {
                    value = String.join("\n", sheet.block(f).stream().map(DraftSentence::text).toList());
                    if (value.isEmpty()) {
                        missing = true;
                    }
                } else {
                    value = sheet.text(f).orElse(null);
                }
                if (value == null && !m.group(2).isEmpty()) {
                    value = blank.apply(f);
                    blanks.add(f);
                } else if (value == null) {
                    missing = true;
                    value = "";
                } else {
                    facts.add(f);
                }
                m.appendReplacement(text, Matcher.quoteReplacement(value));
            }
            m.appendTail(text);
            if (!missing) {
                out.add(new DraftSentence(text.toString(), facts, line.conditions(), blanks));
            }
        }
        return out;
    }
}

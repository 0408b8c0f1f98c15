package org.refunddesk.rules.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.refunddesk.domain.Channel;

/**
 * A drafted letter for one channel: a banner marking it a draft and not legal advice, the title, the
 * sections, the deadline date it names, and the sources it rests on. {@link #text()} is what the user
 * copies, edits, saves as DOCX and finally files. {@code sentences} are the drafted sentences with the
 * facts behind each; {@code blanks} the visible blanks left for the user, as they appear in the text;
 * {@code warnings} the failed preconditions of a draft made anyway ({@code --force}), shown at the top.
 */
public record Letter(Channel channel, Locale locale, String banner, String title, List<LetterSection> sections,
                     LocalDate deadline, boolean deadlineEstimate, String sourcesHeading, List<String> sources,
                     String headingPattern, List<DraftSentence> sentences, List<String> blanks, List<String> warnings,
                     String warningHeading) {
    public Letter {
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        blanks = blanks == null ? List.of() : List.copyOf(blanks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Letter(Channel channel, Locale locale, String banner, String title, List<LetterSection> sections,
                  LocalDate deadline, boolean deadlineEstimate, String sourcesHeading, List<String> sources,
                  String headingPattern) {
        this(channel, locale, banner, title, sections, deadline, deadlineEstimate, sourcesHeading, sources,
                headingPattern, List.of(), List.of(), List.of(), null);
    }

    public Optional<LetterSection> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A copy with one section's text replaced (the user's edit). */
    public Letter withSection(String id, String body) {
        List<LetterSection> changed = new ArrayList<>();
        for (LetterSection s : sections) {
            changed.add(s.id().equals(id) ? s.withBody(body) : s);
        }
        return new Letter(channel, locale, banner, title, changed, deadline, deadlineEstimate, sourcesHeading,
                sources, headingPattern, sentences, blanks, warnings, warningHeading);
    }

    /** A copy with a warning block naming the failed preconditions (a draft made anyway). */
    public Letter withWarnings(String heading, List<String> failed) {
        return new Letter(channel, locale, banner, title, sections, deadline, deadlineEstimate, sourcesHeading,
                sources, headingPattern, sentences, blanks, failed, heading);
    }

    public String heading(LetterSection s) {
        return headingPattern.replace("{0}", s.heading());
    }

    /** The whole letter as plain text, blocks separated by blank lines. */
    public String text() {
        StringBuilder out = new StringBuilder();
        if (!warnings.isEmpty()) {
            out.append(warningHeading).append('\n');
            warnings.forEach(w -> out.append("- ").append(w).append('\n'));
            out.append('\n');
        }
        out.append(banner).append("\n\n").append(title).append("\n\n");
        for (LetterSection s : sections) {
            out.append(heading(s)).append('\n').append(s.body()).append("\n\n");
        }
        out.append(sourcesHeading).append('\n');
        sources.forEach(src -> out.append("- ").append(src).append('\n'));
        return out.toString();
    }
}

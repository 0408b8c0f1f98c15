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
 * copies, edits, saves as DOCX and finally files.
 */
public record Letter(Channel channel, Locale locale, String banner, String title, List<LetterSection> sections,
                     LocalDate deadline, boolean deadlineEstimate, String sourcesHeading, List<String> sources,
                     String headingPattern) {
    public Letter {
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
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
                sources, headingPattern);
    }

    public String heading(LetterSection s) {
        return headingPattern.replace("{0}", s.heading());
    }

    /** The whole letter as plain text, blocks separated by blank lines. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(banner).append("\n\n").append(title).append("\n\n");
        for (LetterSection s : sections) {
            out.append(heading(s)).append('\n').append(s.body()).append("\n\n");
        }
        out.append(sourcesHeading).append('\n');
        sources.forEach(src -> out.append("- ").append(src).append('\n'));
        return out.toString();
    }
}

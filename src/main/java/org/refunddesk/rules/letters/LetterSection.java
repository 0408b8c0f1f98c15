package org.refunddesk.rules.letters;

/** One section of a letter: its id in the template (e.g. {@code facts}), its heading and its text. */
public record LetterSection(String id, String heading, String body) {
    public LetterSection withBody(String newBody) {
        return new LetterSection(id, heading, newBody);
    }
}

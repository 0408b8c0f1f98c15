package org.refunddesk.rules.letters;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.refunddesk.domain.Channel;

/**
 * What to draft: the channel, the language, "now" (the letter's date), the days given to answer
 * (default 7, DOMAIN.md §6), the user's own facts text (null: the shared facts, the same on every
 * channel), and the evidence to list (null: the usual evidence for the problem kind).
 */
public record LetterRequest(Channel channel, Locale locale, Instant now, int deadlineDays, String factsOverride,
                            List<String> evidence) {
    public static final int DEFAULT_DEADLINE_DAYS = 7;

    public LetterRequest {
        if (deadlineDays < 1) {
            throw new IllegalArgumentException("deadlineDays must be at least 1, not " + deadlineDays);
        }
        evidence = evidence == null ? null : List.copyOf(evidence);
    }

    public static LetterRequest of(Channel channel, Locale locale, Instant now) {
        return new LetterRequest(channel, locale, now, DEFAULT_DEADLINE_DAYS, null, null);
    }

    public LetterRequest withFacts(String facts) {
        return new LetterRequest(channel, locale, now, deadlineDays, facts, evidence);
    }
}

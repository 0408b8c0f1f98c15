package org.refunddesk.rules.letters;

import java.util.Set;

/**
 * One sentence (one line) of a draft and what backs it: the facts it states, the flags it was
 * conditioned on (true: the flag held; false: the flag was known false), and the facts shown as
 * blanks for the user to fill in.
 */
public record DraftSentence(String text, Set<Fact> facts, java.util.Map<Fact, Boolean> conditions, Set<Fact> blanks) {
    public DraftSentence {
        facts = Set.copyOf(facts);
        conditions = java.util.Map.copyOf(conditions);
        blanks = Set.copyOf(blanks);
    }

    public static DraftSentence plain(String text, Set<Fact> facts) {
        return new DraftSentence(text, facts, java.util.Map.of(), Set.of());
    }
}

package org.refunddesk.rules.letters;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed facts of one case as a letter may state them: text values (already in the letter's
 * language, masked where the recipient is the public), flags that are true, false or unknown, and
 * blocks of sentences (the problem statement, the history, the evidence in the vault, the basis).
 * A fact that is not here is not known, and no sentence may state it.
 */
public final class FactSheet {
    private final Map<Fact, String> texts = new EnumMap<>(Fact.class);
    private final Map<Fact, Boolean> flags = new EnumMap<>(Fact.class);
    private final Map<Fact, List<DraftSentence>> blocks = new EnumMap<>(Fact.class);

    void put(Fact fact, String value) {
        if (value != null && !value.isBlank()) {
            texts.put(fact, value.strip());
        } else {
            texts.remove(fact);
        }
    }

    void flag(Fact fact, Boolean value) {
        if (value == null) {
            flags.remove(fact);
        } else {
            flags.put(fact, value);
        }
    }

    void block(Fact fact, List<DraftSentence> sentences) {
        blocks.put(fact, List.copyOf(sentences));
    }

    public Optional<String> text(Fact fact) {
        return Optional.ofNullable(texts.get(fact));
    }

    /** True, false, or empty when the case file does not say. */
    public Optional<Boolean> flag(Fact fact) {
        return Optional.ofNullable(flags.get(fact));
    }

    public List<DraftSentence> block(Fact fact) {
        return blocks.getOrDefault(fact, List.of());
    }

    /** The fact is known: a text present, a flag true, a block with sentences. */
    public boolean has(Fact fact) {
        return switch (fact.kind()) {
            case TEXT, REQUEST -> texts.containsKey(fact);
            case FLAG -> Boolean.TRUE.equals(flags.get(fact));
            case BLOCK -> !block(fact).isEmpty();
        };
    }

    /** A condition {@code [if fact]} or {@code [if !fact]}: a negated flag must be known false, a negated text absent. */
    public boolean holds(Fact fact, boolean wanted) {
        if (fact.kind() == Fact.Kind.FLAG && !wanted) {
            return Boolean.FALSE.equals(flags.get(fact));
        }
        return has(fact) == wanted;
    }

    public Map<Fact, String> texts() {
        return Collections.unmodifiableMap(texts);
    }
}

package org.refunddesk.rules.evidence;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.rules.LocalizedText;

/**
 * One kind of evidence the checklist asks for. {@code levels} and {@code why} are keyed by problem
 * kind name, with {@value #ANY_KIND} as the default for every other kind; a kind with no level (and
 * no default) does not list the item. {@code when} names use-state flags of the problem the item
 * depends on (e.g. the issuer's redemption record only for an extracted card key); empty for none.
 */
public record ChecklistItem(String id, EvidenceCategory category, LocalizedText label, Set<EvidenceFact> shows,
                            Map<String, ChecklistLevel> levels, Map<String, LocalizedText> why,
                            Map<ProblemFlag, Boolean> when) {
    public static final String ANY_KIND = "*";

    public ChecklistItem {
        shows = Set.copyOf(shows);
        levels = Map.copyOf(levels);
        why = Map.copyOf(why);
        when = Map.copyOf(when);
    }

    /** An item that does not depend on the use state. */
    public ChecklistItem(String id, EvidenceCategory category, LocalizedText label, Set<EvidenceFact> shows,
                         Map<String, ChecklistLevel> levels, Map<String, LocalizedText> why) {
        this(id, category, label, shows, levels, why, Map.of());
    }

    /** Whether the problem's flags are as this item needs (no problem: no flag set, as in a new case file). */
    public boolean appliesTo(Problem problem) {
        return when.entrySet().stream()
                .allMatch(e -> (problem != null && e.getKey().of(problem)) == e.getValue());
    }

    public Optional<ChecklistLevel> levelFor(ProblemKind kind) {
        ChecklistLevel level = kind == null ? null : levels.get(kind.name());
        return Optional.ofNullable(level != null ? level : levels.get(ANY_KIND));
    }

    /** The one line on why this item matters for the kind (its own line, else the default). */
    public LocalizedText whyFor(ProblemKind kind) {
        LocalizedText text = kind == null ? null : why.get(kind.name());
        return text != null ? text : why.get(ANY_KIND);
    }
}

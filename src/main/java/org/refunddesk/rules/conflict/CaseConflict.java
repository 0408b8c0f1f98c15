package org.refunddesk.rules.conflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * My edit of a case against the version stored meanwhile ("theirs"), field by field, and the merged case built
 * from a choice per field. The event logs are never a conflict: every merge keeps the events of both sides.
 */
public final class CaseConflict {
    private final RefundCase base;
    private final RefundCase mine;
    private final RefundCase theirs;
    private final List<FieldDifference> differences;

    private CaseConflict(RefundCase base, RefundCase mine, RefundCase theirs, List<FieldDifference> differences) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        this.differences = differences;
    }

    /** {@code base}: the version my edit started from, or null when it is not known. */
    public static CaseConflict of(RefundCase base, RefundCase mine, RefundCase theirs) {
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        if (!mine.id().equals(theirs.id())) {
            throw new IllegalArgumentException("two different cases: " + mine.id() + " and " + theirs.id());
        }
        List<FieldDifference> found = new ArrayList<>();
        for (ConflictField field : ConflictField.values()) {
            Object m = field.valueIn(mine);
            Object t = field.valueIn(theirs);
            if (Objects.equals(m, t)) {
                continue;
            }
            Object b = base == null ? null : field.valueIn(base);
            found.add(new FieldDifference(field, b, m, t, changedBy(base, b, m, t)));
        }
        return new CaseConflict(base, mine, theirs, List.copyOf(found));
    }

    private static ChangedBy changedBy(RefundCase base, Object b, Object m, Object t) {
        if (base == null) {
            return ChangedBy.UNKNOWN;
        }
        boolean mineChanged = !Objects.equals(b, m);
        boolean theirsChanged = !Objects.equals(b, t);
        if (mineChanged && theirsChanged) {
            return ChangedBy.BOTH;
        }
        return mineChanged ? ChangedBy.MINE : ChangedBy.THEIRS;
    }

    public RefundCase base() {
        return base;
    }

    public RefundCase mine() {
        return mine;
    }

    public RefundCase theirs() {
        return theirs;
    }

    /** The fields whose values differ, in {@link ConflictField} order; empty when only the event logs differ. */
    public List<FieldDifference> differences() {
        return differences;
    }

    /** True when no field differs: my edit and the stored case say the same (events aside). */
    public boolean sameFields() {
        return differences.isEmpty();
    }

    /** Events only my edit has (appended offline or since I read the case). */
    public List<CaseEvent> eventsOnlyMine() {
        return onlyIn(mine, theirs);
    }

    /** Events only the stored case has. */
    public List<CaseEvent> eventsOnlyTheirs() {
        return onlyIn(theirs, mine);
    }

    private static List<CaseEvent> onlyIn(RefundCase in, RefundCase notIn) {
        Map<UUID, CaseEvent> other = new LinkedHashMap<>();
        notIn.events().forEach(e -> other.put(e.id(), e));
        return in.events().stream().filter(e -> !other.containsKey(e.id())).toList();
    }

    /** The suggested choice for every differing field (the side that changed it). */
    public Map<ConflictField, FieldChoice> suggestedChoices() {
        Map<ConflictField, FieldChoice> choices = new EnumMap<>(ConflictField.class);
        differences.forEach(d -> choices.put(d.field(), d.suggested()));
        return choices;
    }

    /** Every field mine, events of both. */
    public RefundCase keepMine() {
        return merge(Collections.emptyMap());
    }

    /** Every field as stored, events of both: my field edits are dropped, the events I added are not. */
    public RefundCase takeTheirs() {
        Map<ConflictField, FieldChoice> all = new EnumMap<>(ConflictField.class);
        differences.forEach(d -> all.put(d.field(), FieldChoice.TAKE_THEIRS));
        return merge(all);
    }

    /**
     * The merged case: my case with the stored value for each field chosen {@link FieldChoice#TAKE_THEIRS}
     * (a field not in {@code choices} keeps mine), the union of both event logs (by event id; a stored event
     * wins over my copy of the same id, the log being the server's), created as stored, updated at the later.
     */
    public RefundCase merge(Map<ConflictField, FieldChoice> choices) {
        RefundCase merged = mine;
        for (FieldDifference difference : differences) {
            if (choices.get(difference.field()) == FieldChoice.TAKE_THEIRS) {
                merged = difference.field().set(merged, difference.theirs());
            }
        }
        Map<UUID, CaseEvent> events = new LinkedHashMap<>();
        theirs.events().forEach(e -> events.put(e.id(), e));
        mine.events().forEach(e -> events.putIfAbsent(e.id(), e));
        // through the record's components, so a component added to RefundCase later is carried over too
        merged = RecordCopy.with(RefundCase.class, merged, "events", new ArrayList<>(events.values()));
        merged = RecordCopy.with(RefundCase.class, merged, "createdAt",
                theirs.createdAt() != null ? theirs.createdAt() : mine.createdAt());
        return RecordCopy.with(RefundCase.class, merged, "updatedAt", later(mine.updatedAt(), theirs.updatedAt()));
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

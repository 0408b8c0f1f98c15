package org.refunddesk.rules.reminders;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.refunddesk.domain.Deadline;

/**
 * Tells which rules run on an hour clock and which on a day clock. The rule book knows each rule's unit;
 * {@link #fromUnits} turns a rule-id → unit lookup into this. A rule the lookup does not know is judged
 * by its length: under three days it is treated as an hour clock.
 */
public final class RuleClockKinds {
    private static final Duration SHORT = Duration.ofDays(3);
    private final Function<String, ClockKind> lookup;

    private RuleClockKinds(Function<String, ClockKind> lookup) {
        this.lookup = lookup;
    }

    /** Units as the rule book writes them: minutes and hours are hour clocks, everything else day clocks. */
    public static RuleClockKinds fromUnits(Function<String, String> unitOfRule) {
        return new RuleClockKinds(rule -> {
            String unit = unitOfRule.apply(rule);
            if (unit == null) {
                return null;
            }
            String u = unit.trim().toUpperCase(java.util.Locale.ROOT);
            return u.startsWith("MINUTE") || u.startsWith("HOUR") ? ClockKind.HOURS : ClockKind.DAYS;
        });
    }

    /** A fixed table, e.g. for tests or when no rule book is at hand. */
    public static RuleClockKinds of(Map<String, ClockKind> table) {
        Map<String, ClockKind> copy = Map.copyOf(table);
        return new RuleClockKinds(copy::get);
    }

    /** Only the length decides. */
    public static RuleClockKinds byLength() {
        return new RuleClockKinds(rule -> null);
    }

    public ClockKind of(Deadline deadline) {
        ClockKind known = lookup.apply(deadline.rule());
        if (known != null) {
            return known;
        }
        if (deadline.startAt() == null || deadline.dueAt() == null) {
            return ClockKind.DAYS;
        }
        return Duration.between(deadline.startAt(), deadline.dueAt()).compareTo(SHORT) < 0
                ? ClockKind.HOURS : ClockKind.DAYS;
    }
}

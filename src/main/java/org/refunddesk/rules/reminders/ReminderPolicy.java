package org.refunddesk.rules.reminders;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * How long before a deadline to warn: one list of lead times for hour clocks, one for day clocks.
 * Leads are kept longest first, positive and without repeats.
 */
public record ReminderPolicy(List<Duration> hourLeads, List<Duration> dayLeads) {
    public static final ReminderPolicy DEFAULT = new ReminderPolicy(
            List.of(Duration.ofHours(24), Duration.ofHours(2)),
            List.of(Duration.ofDays(3), Duration.ofDays(1)));

    public ReminderPolicy {
        hourLeads = normalise(hourLeads, "hourLeads");
        dayLeads = normalise(dayLeads, "dayLeads");
    }

    private static List<Duration> normalise(List<Duration> leads, String name) {
        if (leads == null) {
            return List.of();
        }
        for (Duration d : leads) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + ": a lead time must be positive, got " + d);
            }
        }
        return leads.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public List<Duration> leadsFor(ClockKind kind) {
        return kind == ClockKind.HOURS ? hourLeads : dayLeads;
    }
}

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

    /**
     * One list of lead hours (as the settings keep it) split by clock: hour clocks take the leads up to 24 h,
     * day clocks the leads of 24 h and more. The default list 72, 24, 2 gives 24 h and 2 h before an hour
     * clock and 3 days and 1 day before a day clock.
     */
    public static ReminderPolicy fromHours(List<Integer> hours) {
        List<Duration> leads = hours.stream().map(Duration::ofHours).toList();
        Duration day = Duration.ofDays(1);
        return new ReminderPolicy(leads.stream().filter(d -> d.compareTo(day) <= 0).toList(),
                leads.stream().filter(d -> d.compareTo(day) >= 0).toList());
    }

    public List<Duration> leadsFor(ClockKind kind) {
        return kind == ClockKind.HOURS ? hourLeads : dayLeads;
    }
}

package org.refunddesk.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;

/**
 * A deadline rule of the rule book: its period ({@code length} {@code unit}, or a length chosen by a
 * variant such as the payment channel), what starts the clock, what meets it, and its texts.
 * {@code lateMeets}: whether a meeting event after the due instant still counts as met (a refund
 * arriving late has arrived; a supplement sent late may count as abandoning the request).
 */
public record DeadlineRule(String id, int length, PeriodUnit unit, Map<String, Integer> lengthBy, Start start,
                           MetBy metBy, boolean lateMeets, Restart restart, List<String> sources,
                           LocalizedText basis, LocalizedText explanation) {

    public DeadlineRule {
        lengthBy = Map.copyOf(lengthBy);
        sources = List.copyOf(sources);
    }

    /** The length for a variant key (payment channel, product state), else the default length. */
    public int lengthFor(String variant) {
        Integer l = variant == null ? null : lengthBy.get(variant);
        return l == null ? length : l;
    }

    /** Enum sets iterate in declaration order, so texts listing them come out the same every run. */
    private static Set<EventType> enumSet(Set<EventType> events) {
        return events.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(events));
    }

    /** How occurrences of the start event make clocks. */
    public enum Occurrence { EACH, LATEST }

    /**
     * Either a case field ({@code from}, with {@code fallback} when it is empty, {@code onlyFor} a delivery
     * mode) or an event type ({@code event}, optionally only on {@code channel}).
     */
    public record Start(String from, String fallback, String onlyFor, EventType event, Occurrence occurrence,
                        Channel channel) {
    }

    /** Events that meet the deadline; {@code sameChannel}: only on the start event's channel. */
    public record MetBy(Set<EventType> events, boolean sameChannel, boolean fullRefund) {
        public MetBy {
            events = enumSet(events);
        }
    }

    /** What restarts the clock: these events, and complaints filed on these channels. */
    public record Restart(Set<EventType> events, Set<Channel> complaintChannels) {
        public Restart {
            events = enumSet(events);
            complaintChannels = complaintChannels.isEmpty() ? Set.of()
                    : Collections.unmodifiableSet(EnumSet.copyOf(complaintChannels));
        }
    }
}

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

    /**
     * What restarts the clock (Civil Code art. 195; SPC limitation rules art. 8, 12-14): a list of acts,
     * each some event types on some channels. An event restarts the clock only when an act lists both
     * its type and its channel ({@code noChannel}: an event with no channel recorded counts too).
     */
    public record Restart(List<Act> acts) {
        public Restart {
            acts = List.copyOf(acts);
        }

        /** The act that restarts the clock for this event type on this channel (null channel: none recorded), or null. */
        public Act actFor(EventType type, Channel channel) {
            for (Act a : acts) {
                if (a.events().contains(type) && (channel == null ? a.noChannel() : a.channels().contains(channel))) {
                    return a;
                }
            }
            return null;
        }

        /** Whether any act names this event type: only such events are worth a note when they don't restart. */
        public boolean considers(EventType type) {
            for (Act a : acts) {
                if (a.events().contains(type)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Why an act restarts the period: each names its legal ground in the explanation. */
    public enum ActKind {
        /** a demand that reached the business (Civil Code 195(1); SPC rules art. 8) */
        DEMAND,
        /** a request to a body the law counts: regulator, consumer association, court, police (195(3)-(4); SPC art. 12, 13) */
        FILING,
        /** the business agrees to perform: acknowledges, approves a refund (195(2); SPC art. 14) */
        AGREEMENT,
        /** the business pays part (195(2); SPC art. 14) */
        PART_PAYMENT
    }

    /** One kind of restarting act: these event types on these channels. */
    public record Act(ActKind kind, Set<EventType> events, Set<Channel> channels, boolean noChannel) {
        public Act {
            events = enumSet(events);
            channels = channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        }
    }
}

package org.refunddesk.rules.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;

/**
 * The steps a case has taken, read from its effective events. A filing without a channel is placed
 * where it usually happens (a refund application on the platform, a demand or complaint with customer
 * service); an answer without a channel belongs to the latest step filed before it.
 */
public final class StepHistory {
    private final Map<Channel, Builder> steps = new EnumMap<>(Channel.class);
    private final Set<Channel> acceptedOn = EnumSet.noneOf(Channel.class);
    private final boolean resolved;

    private StepHistory(RefundCase refundCase) {
        Channel latest = null;
        BigDecimal received = BigDecimal.ZERO;
        boolean fullRefund = false;
        boolean closed = false;
        for (CaseEvent e : refundCase.effectiveEvents()) {
            if (isFiling(e.type())) {
                Channel c = e.channel() != null ? e.channel() : defaultFilingChannel(e.type());
                steps.computeIfAbsent(c, Builder::new).add(e, StepOutcome.PENDING);
                latest = c;
                continue;
            }
            StepOutcome outcome = outcomeOf(e.type());
            if (outcome != null) {
                Channel c = e.channel() != null ? e.channel() : latest != null ? latest : Channel.PLATFORM;
                steps.computeIfAbsent(c, Builder::new).add(e, outcome);
                if (e.type() == EventType.COMPLAINT_ACCEPTED) {
                    acceptedOn.add(c);
                }
            }
            if (e.type() == EventType.REFUND_RECEIVED) {
                if (e.amount() == null) {
                    fullRefund = true;
                } else {
                    received = received.add(e.amount());
                }
            }
            closed |= e.type() == EventType.CASE_CLOSED;
        }
        BigDecimal price = refundCase.purchase() == null ? null : refundCase.purchase().amount();
        resolved = closed || fullRefund || (price != null && received.signum() > 0 && received.compareTo(price) >= 0);
    }

    public static StepHistory of(RefundCase refundCase) {
        return new StepHistory(refundCase);
    }

    public static boolean isFiling(EventType type) {
        return type == EventType.REFUND_APPLIED || type == EventType.DEMAND_SENT || type == EventType.COMPLAINT_FILED;
    }

    private static Channel defaultFilingChannel(EventType type) {
        return type == EventType.REFUND_APPLIED ? Channel.PLATFORM : Channel.CUSTOMER_SERVICE;
    }

    private static StepOutcome outcomeOf(EventType type) {
        return switch (type) {
            case COMPLAINT_ACCEPTED -> StepOutcome.ACCEPTED;
            case REFUND_APPROVED -> StepOutcome.APPROVED;
            case COMPLAINT_ANSWERED -> StepOutcome.ANSWERED;
            case REFUND_REJECTED -> StepOutcome.REJECTED;
            case REFUND_RECEIVED -> StepOutcome.REFUNDED;
            default -> null;
        };
    }

    /** Steps in the order they were first taken. */
    public List<TakenStep> taken() {
        return steps.values().stream().map(Builder::build)
                .sorted(Comparator.comparing(TakenStep::filedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Anything happened on the channel: a filing, or an answer that shows one was made. */
    public boolean hasTaken(Channel channel) {
        return steps.containsKey(channel);
    }

    public Optional<TakenStep> step(Channel channel) {
        return Optional.ofNullable(steps.get(channel)).map(Builder::build);
    }

    /** Channels on which a body has accepted the dispute (COMPLAINT_ACCEPTED). */
    public Set<Channel> acceptedOn() {
        return Collections.unmodifiableSet(acceptedOn);
    }

    /** Fully refunded or closed: nothing left to climb. */
    public boolean resolved() {
        return resolved;
    }

    private static final class Builder {
        private final Channel channel;
        private final List<UUID> ids = new ArrayList<>();
        private Instant filedAt;
        private Instant lastAt;
        private StepOutcome outcome;
        private String ref;

        Builder(Channel channel) {
            this.channel = channel;
        }

        void add(CaseEvent e, StepOutcome newOutcome) {
            ids.add(e.id());
            if (newOutcome == StepOutcome.PENDING && filedAt == null) {
                filedAt = e.at();
            }
            lastAt = e.at();
            outcome = newOutcome;
            if (e.ref() != null && !e.ref().isBlank()) {
                ref = e.ref();
            }
        }

        TakenStep build() {
            return new TakenStep(channel, filedAt != null ? filedAt : lastAt, lastAt, outcome, ref, ids);
        }
    }
}

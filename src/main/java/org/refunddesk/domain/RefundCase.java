package org.refunddesk.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One refund dispute: who paid, where, for what, what went wrong, and what happened since.
 * Immutable; the {@code with…} methods return changed copies. Events are kept in time order.
 */
public record RefundCase(UUID id, String title, Consumer consumer, String assignee, List<String> tags,
                         Platform platform, Purchase purchase, Problem problem, List<CaseEvent> events,
                         CaseStatus status, List<RedFlag> redFlags, StoredAssessment assessment,
                         Instant createdAt, Instant updatedAt) {

    private static final Comparator<CaseEvent> BY_TIME =
            Comparator.comparing(CaseEvent::at, Comparator.nullsLast(Comparator.naturalOrder()));

    public RefundCase {
        id = id == null ? UUID.randomUUID() : id;
        consumer = consumer == null ? Consumer.EMPTY : consumer;
        tags = tags == null ? List.of() : List.copyOf(tags);
        List<CaseEvent> sorted = new ArrayList<>(events == null ? List.of() : events);
        sorted.sort(BY_TIME);
        events = List.copyOf(sorted);
        status = status == null ? CaseStatus.NEW : status;
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    }

    /** Events in time order, without voided events and without the voiding corrections themselves. */
    public List<CaseEvent> effectiveEvents() {
        Set<UUID> voided = null;
        for (int i = 0; i < events.size(); i++) { // indexed: no iterator per call, this runs for every case planned
            CaseEvent e = events.get(i);
            if (e.type() == EventType.EVENT_VOIDED) {
                if (voided == null) {
                    voided = new HashSet<>();
                }
                if (e.voids() != null) {
                    voided.add(e.voids());
                }
            }
        }
        if (voided == null) {
            return events; // nothing voided (most cases): the immutable list as it is, no copy
        }
        Set<UUID> gone = voided;
        return events.stream()
                .filter(e -> e.type() != EventType.EVENT_VOIDED && !gone.contains(e.id()))
                .toList();
    }

    public RefundCase withEvent(CaseEvent event) {
        List<CaseEvent> more = new ArrayList<>(events);
        more.add(event);
        return new RefundCase(id, title, consumer, assignee, tags, platform, purchase, problem, more, status,
                redFlags, assessment, createdAt, updatedAt);
    }

    public RefundCase withAssignee(String newAssignee) {
        return new RefundCase(id, title, consumer, newAssignee, tags, platform, purchase, problem, events, status,
                redFlags, assessment, createdAt, updatedAt);
    }

    public RefundCase withStatus(CaseStatus newStatus) {
        return new RefundCase(id, title, consumer, assignee, tags, platform, purchase, problem, events, newStatus,
                redFlags, assessment, createdAt, updatedAt);
    }

    public RefundCase withTags(List<String> newTags) {
        return new RefundCase(id, title, consumer, assignee, newTags, platform, purchase, problem, events, status,
                redFlags, assessment, createdAt, updatedAt);
    }

    public RefundCase withRedFlags(List<RedFlag> newFlags) {
        return new RefundCase(id, title, consumer, assignee, tags, platform, purchase, problem, events, status,
                newFlags, assessment, createdAt, updatedAt);
    }

    public RefundCase withAssessment(StoredAssessment newAssessment) {
        return new RefundCase(id, title, consumer, assignee, tags, platform, purchase, problem, events, status,
                redFlags, newAssessment, createdAt, updatedAt);
    }

    public RefundCase withTimestamps(Instant created, Instant updated) {
        return new RefundCase(id, title, consumer, assignee, tags, platform, purchase, problem, events, status,
                redFlags, assessment, created, updated);
    }
}

package org.refunddesk.store.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.CaseNotFoundException;
import org.refunddesk.store.StaleCaseException;

/** A server keeping to the {@link ReplayTarget} contract in memory, counting the writes it really made. */
class FakeTeamServer implements ReplayTarget {
    final Map<UUID, RefundCase> cases = new LinkedHashMap<>();
    final Map<UUID, Long> versions = new HashMap<>();
    final Map<UUID, List<CaseEvent>> events = new HashMap<>();
    final List<String> writes = new ArrayList<>();
    /** When set, runs after the next write commits, like a connection lost before the answer came back. */
    Runnable afterCommit;

    @Override
    public long create(RefundCase c) {
        if (cases.containsKey(c.id())) {
            throw new StaleCaseException(c.id(), 0, versions.get(c.id()), cases.get(c.id()));
        }
        cases.put(c.id(), c);
        versions.put(c.id(), 1L);
        writes.add("create " + c.title());
        return committed(1L);
    }

    @Override
    public long update(RefundCase c, long baseVersion) {
        long stored = versions.getOrDefault(c.id(), -1L);
        if (stored < 0) {
            throw new CaseNotFoundException(c.id()); // as the stores do
        }
        if (stored != baseVersion) {
            throw new StaleCaseException(c.id(), baseVersion, stored, cases.get(c.id()));
        }
        cases.put(c.id(), c);
        versions.put(c.id(), stored + 1);
        writes.add("update " + c.title());
        return committed(stored + 1);
    }

    @Override
    public void appendEvent(UUID caseId, CaseEvent event) {
        if (!cases.containsKey(caseId)) {
            throw new CaseNotFoundException(caseId);
        }
        List<CaseEvent> log = events.computeIfAbsent(caseId, id -> new ArrayList<>());
        if (log.stream().noneMatch(e -> e.id().equals(event.id()))) {
            log.add(event);
            writes.add("event " + event.note());
        }
        committed(0);
    }

    /** Another helper's save. */
    void changedByOther(RefundCase c) {
        cases.put(c.id(), c);
        versions.merge(c.id(), 1L, Long::sum);
    }

    /** Another helper deleted the case (its events go with it). */
    void deletedByOther(UUID caseId) {
        cases.remove(caseId);
        versions.remove(caseId);
        events.remove(caseId);
    }

    private long committed(long version) {
        Runnable after = afterCommit;
        afterCommit = null;
        if (after != null) {
            after.run();
        }
        return version;
    }
}

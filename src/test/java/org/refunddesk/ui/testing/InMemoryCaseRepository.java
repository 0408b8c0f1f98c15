package org.refunddesk.ui.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.StoreException;

/** A {@link CaseRepository} in a map, for view-model tests that need no database. Can be told to fail. */
public final class InMemoryCaseRepository implements CaseRepository {
    private final Map<UUID, RefundCase> cases = new LinkedHashMap<>();
    private final Clock clock;
    private String failWith;
    private RuntimeException failure;

    public InMemoryCaseRepository(Clock clock) {
        this.clock = clock;
    }

    /** Every following call throws a StoreException with this message (null: stop failing). */
    public void failWith(String message) {
        this.failWith = message;
    }

    /** Every following call throws this (null: stop failing), e.g. a team server that cannot be reached. */
    public void failWithException(RuntimeException exception) {
        this.failure = exception;
    }

    @Override
    public RefundCase create(RefundCase refundCase) {
        check();
        if (cases.containsKey(refundCase.id())) {
            throw new StoreException("exists: " + refundCase.id());
        }
        Instant now = clock.instant();
        RefundCase stored = refundCase.withTimestamps(
                refundCase.createdAt() == null ? now : refundCase.createdAt(), now);
        cases.put(stored.id(), stored);
        return stored;
    }

    @Override
    public RefundCase update(RefundCase refundCase) {
        check();
        RefundCase old = cases.get(refundCase.id());
        if (old == null) {
            throw new StoreException("no such case: " + refundCase.id());
        }
        RefundCase stored = refundCase.withTimestamps(old.createdAt(), clock.instant());
        cases.put(stored.id(), stored);
        return stored;
    }

    @Override
    public RefundCase appendEvent(UUID caseId, CaseEvent event) {
        check();
        return update(find(caseId).orElseThrow().withEvent(event));
    }

    /** All or none: every case is checked before any is replaced. */
    @Override
    public List<RefundCase> updateAll(List<RefundCase> all) {
        check();
        for (RefundCase rc : all) {
            if (!cases.containsKey(rc.id())) {
                throw new StoreException("no such case: " + rc.id());
            }
        }
        return all.stream().map(this::update).toList();
    }

    @Override
    public List<RefundCase> createAll(List<RefundCase> all) {
        check();
        return all.stream().map(this::create).toList();
    }

    @Override
    public void replaceAll(List<RefundCase> all) {
        check();
        cases.clear();
        all.forEach(this::create);
    }

    @Override
    public void delete(UUID id) {
        check();
        cases.remove(id);
    }

    @Override
    public Optional<RefundCase> find(UUID id) {
        check();
        return Optional.ofNullable(cases.get(id));
    }

    @Override
    public List<RefundCase> list() {
        check();
        List<RefundCase> all = new ArrayList<>(cases.values());
        all.sort(Comparator.comparing(RefundCase::createdAt).reversed());
        return all;
    }

    @Override
    public int count() {
        check();
        return cases.size();
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
        if (failWith != null) {
            throw new StoreException(failWith);
        }
    }
}

package org.refunddesk.ui.team;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.rules.conflict.FieldDifference;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseNotFoundException;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.ServerProbe;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.StoreException;
import org.refunddesk.store.VersionedCase;
import org.refunddesk.store.offline.EditKind;
import org.refunddesk.store.offline.OfflineQueue;
import org.refunddesk.store.offline.QueuedEdit;
import org.refunddesk.store.offline.ReplayTarget;

/**
 * The case store as the app's views use it (issue 16): every save of an existing case is a versioned update
 * based on the version the view's copy was read at; a stale save opens the conflict view (through the
 * {@link CaseConflictResolver}) and what the person decides is saved on top of the stored version; closing it
 * saves nothing. Changes nobody could lose (only events added, or fields only this side changed) are merged
 * without asking; events of both sides are always kept.
 *
 * <p>With an {@link OfflineQueue} (team server): while the server cannot be reached, or when a save fails on the
 * connection, edits, new cases and events go to the queue with their base version and the views get the case as
 * edited; edits of a case with queued edits queue behind them, so they reach the server in order. Reads fall back
 * to the last copy read. Bulk changes are versioned too, all or none ({@link BulkSaves}); whole-store operations
 * (restore, import) pass through unchanged.
 */
public final class TeamSaves implements CaseRepository {
    /** No version known for where a queued edit started: its replay always shows the comparison (versions start at 1). */
    static final long UNKNOWN_BASE = 0;
    private static final int MAX_ROUNDS = 20;

    private final CaseRepository store;
    private final CaseConflictResolver resolver;
    private final OfflineQueue queue;
    private final Messages messages;
    private final Clock clock;
    private final KnownVersions known = new KnownVersions();
    private volatile Consumer<Throwable> onUnreachable = failure -> { };
    private volatile BooleanSupplier offline = () -> false;
    private volatile Runnable onQueued = () -> { };

    /** {@code queue}: where edits wait while the server is unreachable; null for the embedded store. */
    public TeamSaves(CaseRepository store, CaseConflictResolver resolver, OfflineQueue queue, Messages messages,
                     Clock clock) {
        this.store = store;
        this.resolver = resolver;
        this.queue = queue;
        this.messages = messages;
        this.clock = clock;
    }

    /** Told (on the saving thread) of each failure that says the server cannot be reached. */
    public void whenUnreachable(Consumer<Throwable> listener) {
        this.onUnreachable = listener;
    }

    /** While this says true, writes go straight to the queue instead of waiting for a server known to be gone. */
    public void offlineWhile(BooleanSupplier known) {
        this.offline = known;
    }

    /** Told after an edit was queued (the pending count). */
    public void onQueued(Runnable listener) {
        this.onQueued = listener;
    }

    public Optional<OfflineQueue> queue() {
        return Optional.ofNullable(queue);
    }

    /** Where the queue's edits go on replay: the store itself, each edit at most once. */
    public ReplayTarget replayTarget() {
        return new ServerReplay(store, known);
    }

    CaseConflictResolver resolver() {
        return resolver;
    }

    KnownVersions known() {
        return known;
    }

    // ---- reads

    @Override
    public Optional<RefundCase> find(UUID id) {
        try {
            Optional<VersionedCase> read = store.findVersioned(id);
            read.ifPresent(known::remember);
            return read.map(v -> local(id, v.refundCase()));
        } catch (RuntimeException e) {
            if (queue != null && unreachable(e)) {
                RefundCase last = local(id, known.latest(id).map(VersionedCase::refundCase).orElse(null));
                if (last != null) {
                    return Optional.of(last);
                }
            }
            throw e;
        }
    }

    @Override
    public Optional<VersionedCase> findVersioned(UUID id) {
        Optional<VersionedCase> read = watch(() -> store.findVersioned(id));
        read.ifPresent(known::remember);
        return read;
    }

    /** The case as this client will have it once its queued edits are sent (the server's copy when none wait). */
    private RefundCase local(UUID id, RefundCase fromServer) {
        if (queue == null || !queue.hasPending(id)) {
            return fromServer;
        }
        List<QueuedEdit> waiting = queue.pending().stream().filter(e -> e.caseId().equals(id)).toList();
        RefundCase shown = fromServer;
        for (QueuedEdit e : waiting) {
            if (e.kind() != EditKind.APPEND_EVENT) {
                shown = e.refundCase();
            }
        }
        if (shown == null) {
            return null;
        }
        for (QueuedEdit e : waiting) {
            if (e.kind() == EditKind.APPEND_EVENT && !hasEvent(shown, e.event().id())) {
                shown = shown.withEvent(e.event());
            }
        }
        return shown;
    }

    // ---- saves

    @Override
    public RefundCase create(RefundCase refundCase) {
        if (queue != null && offline.getAsBoolean()) {
            return queueCreate(refundCase);
        }
        try {
            return store.create(refundCase);
        } catch (RuntimeException e) {
            if (queue == null || !unreachable(e)) {
                throw e;
            }
            return queueCreate(refundCase);
        }
    }

    @Override
    public RefundCase update(RefundCase refundCase) {
        if (queue != null && (offline.getAsBoolean() || queue.hasPending(refundCase.id()))) {
            return queueUpdate(refundCase);
        }
        try {
            return save(refundCase, baseOf(refundCase));
        } catch (RuntimeException e) {
            if (queue == null || !unreachable(e)) {
                throw e;
            }
            return queueUpdate(refundCase);
        }
    }

    @Override
    public VersionedCase update(RefundCase refundCase, long baseVersion) {
        VersionedCase saved = watch(() -> store.update(refundCase, baseVersion));
        known.remember(saved);
        return saved;
    }

    @Override
    public RefundCase appendEvent(UUID caseId, CaseEvent event) {
        if (queue != null && (offline.getAsBoolean() || queue.hasPending(caseId))) {
            return queueEvent(caseId, event);
        }
        try {
            return store.appendEvent(caseId, event);
        } catch (RuntimeException e) {
            if (queue == null || !unreachable(e)) {
                throw e;
            }
            return queueEvent(caseId, event);
        }
    }

    /** The stored revision the edit was made from: the remembered one with its updatedAt, else read now. */
    VersionedCase baseOf(RefundCase edit) {
        Optional<VersionedCase> remembered = known.revision(edit.id(), edit.updatedAt());
        if (remembered.isPresent()) {
            return remembered.get();
        }
        VersionedCase now = store.findVersioned(edit.id()).orElseThrow(() -> new CaseNotFoundException(edit.id()));
        known.remember(now);
        if (edit.updatedAt() == null || edit.updatedAt().equals(now.refundCase().updatedAt())) {
            return now;
        }
        // a copy of a revision stored before the current one, which this client did not read: the save must ask
        return null;
    }

    /** Saves against {@code base} (null: not known); a refusal is resolved (or not) and the result saved again. */
    private RefundCase save(RefundCase edit, VersionedCase base) {
        RefundCase candidate = edit;
        RefundCase baseCase = base == null ? null : base.refundCase();
        long baseVersion = base == null ? UNKNOWN_BASE : base.version();
        for (int round = 0; ; round++) {
            try {
                VersionedCase saved = store.update(candidate, baseVersion);
                known.remember(saved);
                return saved.refundCase();
            } catch (StaleCaseException stale) {
                known.remember(stale.storedVersioned());
                if (round >= MAX_ROUNDS) {
                    throw stale;
                }
                CaseConflict conflict = CaseConflict.of(baseCase, candidate, stale.stored());
                RefundCase next = automatic(conflict);
                if (next == null) {
                    Optional<ConflictResolution> decided = resolver.resolve(conflict);
                    if (decided.isEmpty()) {
                        throw new UnresolvedConflictException(messages.get("teamsave.unresolved"), edit);
                    }
                    next = decided.get().resolved();
                }
                if (next == stale.stored()) {
                    return next; // the stored case already says everything this edit says
                }
                candidate = next;
                baseCase = stale.stored();
                baseVersion = stale.storedVersion();
            }
        }
    }

    /**
     * The resolution nobody needs to be asked about, or null: the same fields on both sides (the event logs are
     * united), or the other side changed no field since the version this edit started from.
     */
    static RefundCase automatic(CaseConflict conflict) {
        if (conflict.sameFields()) {
            return conflict.eventsOnlyMine().isEmpty() ? conflict.theirs() : conflict.keepMine();
        }
        if (conflict.base() != null && conflict.differences().stream().noneMatch(FieldDifference::theirsChanged)) {
            return conflict.keepMine();
        }
        return null;
    }

    // ---- the offline queue

    private RefundCase queueCreate(RefundCase refundCase) {
        Instant now = clock.instant();
        RefundCase stamped = refundCase.withTimestamps(refundCase.createdAt() == null ? now : refundCase.createdAt(),
                refundCase.updatedAt() == null ? now : refundCase.updatedAt());
        queue.enqueueCreate(stamped);
        onQueued.run();
        return stamped;
    }

    private RefundCase queueUpdate(RefundCase refundCase) {
        List<QueuedEdit> waiting = queue.pending().stream().filter(e -> e.caseId().equals(refundCase.id())).toList();
        boolean caseQueued = waiting.stream().anyMatch(e -> e.kind() != EditKind.APPEND_EVENT);
        long base = UNKNOWN_BASE; // ignored when an edit of the case is queued: the queue keeps that one's base
        if (!caseQueued) {
            // each queued event raises the stored version by one when it is sent, before this edit is
            long appends = waiting.size();
            base = known.revision(refundCase.id(), refundCase.updatedAt())
                    .map(v -> v.version() + appends).orElse(UNKNOWN_BASE);
        }
        queue.enqueueUpdate(refundCase, base);
        onQueued.run();
        return local(refundCase.id(), refundCase);
    }

    private RefundCase queueEvent(UUID caseId, CaseEvent event) {
        Optional<QueuedEdit> caseEntry = queue.pending().stream()
                .filter(e -> e.caseId().equals(caseId) && e.kind() != EditKind.APPEND_EVENT).findFirst();
        if (caseEntry.isPresent()) {
            RefundCase queued = caseEntry.get().refundCase();
            if (!hasEvent(queued, event.id())) {
                queue.enqueueUpdate(queued.withEvent(event), caseEntry.get().baseVersion());
            }
        } else {
            queue.enqueueAppendEvent(caseId, event);
        }
        onQueued.run();
        RefundCase now = local(caseId, known.latest(caseId).map(VersionedCase::refundCase).orElse(null));
        if (now == null) {
            throw new StoreException(messages.get("teamsave.queuedUnread"));
        }
        return now;
    }

    private static boolean hasEvent(RefundCase refundCase, UUID eventId) {
        return refundCase.events().stream().anyMatch(e -> e.id().equals(eventId));
    }

    private boolean unreachable(Throwable failure) {
        if (!ServerProbe.unreachable(failure)) {
            return false;
        }
        onUnreachable.accept(failure);
        return true;
    }

    private <T> T watch(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            unreachable(e);
            throw e;
        }
    }

    // ---- passed through (whole-store and bulk operations)

    /** Each case against the version it was read at, all or none (see {@link BulkSaves}). */
    @Override
    public List<RefundCase> updateAll(List<RefundCase> cases) {
        return watch(() -> new BulkSaves(store, known, messages, this::baseOf).updateAll(cases));
    }

    @Override
    public int assignAll(java.util.Collection<UUID> ids, String assignee) {
        return watch(() -> store.assignAll(ids, assignee));
    }

    @Override
    public List<RefundCase> createAll(List<RefundCase> cases) {
        return watch(() -> store.createAll(cases));
    }

    @Override
    public int createEach(Consumer<Consumer<RefundCase>> source) {
        return watch(() -> store.createEach(source));
    }

    @Override
    public void replaceAll(List<RefundCase> cases) {
        watch(() -> {
            store.replaceAll(cases);
            return null;
        });
    }

    @Override
    public void delete(UUID id) {
        watch(() -> {
            store.delete(id);
            return null;
        });
        known.forget(id);
    }

    @Override
    public List<RefundCase> list() {
        return watch(store::list);
    }

    @Override
    public void forEach(Consumer<RefundCase> each) {
        watch(() -> {
            store.forEach(each);
            return null;
        });
    }

    @Override
    public void forEachOf(java.util.Collection<UUID> ids, Consumer<RefundCase> each) {
        watch(() -> {
            store.forEachOf(ids, each);
            return null;
        });
    }

    @Override
    public int count() {
        return watch(store::count);
    }
}

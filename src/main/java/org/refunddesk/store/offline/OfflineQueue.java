package org.refunddesk.store.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.store.CaseNotFoundException;
import org.refunddesk.store.ServerProbe;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.StoreException;

/**
 * Edits made while the team server is unreachable, kept in order in the data folder
 * ({@value #FILE_NAME}) until {@link #replay} has handed each to the server and the server confirmed it.
 * Every enqueue is on disk before it returns. A later update of a case already queued replaces the queued
 * case (same entry, same base version), so one conflict check covers all offline edits of a case.
 * Thread-safe: the UI enqueues while a background task replays.
 */
public final class OfflineQueue {
    public static final String FILE_NAME = "offline-queue.jsonl";
    /** How often one replay asks about the same entry before leaving it held (a case changed again and again). */
    private static final int MAX_ASKS = 20;

    private final QueueJournal journal;
    private final Clock clock;
    private final Map<UUID, QueuedEdit> pending = new LinkedHashMap<>();
    /** Bumped on each change of an entry, so a replay does not forget an edit that arrived meanwhile. */
    private final Map<UUID, Integer> revisions = new HashMap<>();
    private final List<QueueProblem> problems;
    private int obsoleteLines;

    private OfflineQueue(QueueJournal journal, Clock clock, List<QueueProblem> problems) {
        this.journal = journal;
        this.clock = clock;
        this.problems = problems;
    }

    /** Opens (or starts) the queue in the data folder; unreadable lines are reported in {@link #problems()}. */
    public static OfflineQueue open(Path dataDir, Clock clock) {
        try {
            Files.createDirectories(dataDir);
            QueueJournal journal = new QueueJournal(dataDir.resolve(FILE_NAME));
            List<QueueJournal.Line> lines = journal.read();
            List<QueueProblem> problems = new ArrayList<>();
            OfflineQueue queue = new OfflineQueue(journal, clock, problems);
            Path copy = null;
            for (QueueJournal.Line line : lines) {
                String problem = line.problem();
                if (problem == null) {
                    try {
                        queue.apply(QueueJson.read(line.json()));
                        continue;
                    } catch (IOException | RuntimeException e) {
                        problem = "unreadable record: " + e.getMessage();
                    }
                }
                if (copy == null) {
                    copy = journal.saveCopy("damaged-" + clock.millis());
                }
                problems.add(new QueueProblem(line.number(), line.last(), problem, copy));
            }
            queue.obsoleteLines = lines.size() - queue.pending.size();
            queue.compactIfUseful();
            return queue;
        } catch (IOException e) {
            throw new StoreException("the offline queue in " + dataDir + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void apply(QueueJson.Op op) {
        if (op.entry() != null) {
            pending.put(op.entry().entryId(), op.entry());
            revisions.merge(op.entry().entryId(), 1, Integer::sum);
        } else {
            pending.remove(op.doneId());
            revisions.remove(op.doneId());
        }
    }

    /** Lines of the file that could not be read when it was opened (empty normally). */
    public List<QueueProblem> problems() {
        return List.copyOf(problems);
    }

    /** The waiting edits, oldest first. */
    public synchronized List<QueuedEdit> pending() {
        return List.copyOf(pending.values());
    }

    public synchronized boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Whether an edit of this case waits (its view shows "not yet on the server"). */
    public synchronized boolean hasPending(UUID caseId) {
        return pending.values().stream().anyMatch(e -> e.caseId().equals(caseId));
    }

    public synchronized QueuedEdit enqueueCreate(RefundCase refundCase) {
        return enqueueCase(EditKind.CREATE, refundCase, 0);
    }

    /** An edit of a stored case, based on the version {@code baseVersion} it was read at. */
    public synchronized QueuedEdit enqueueUpdate(RefundCase refundCase, long baseVersion) {
        return enqueueCase(EditKind.UPDATE, refundCase, baseVersion);
    }

    private QueuedEdit enqueueCase(EditKind kind, RefundCase refundCase, long baseVersion) {
        for (QueuedEdit waiting : pending.values()) {
            if (waiting.caseId().equals(refundCase.id()) && waiting.kind() != EditKind.APPEND_EVENT) {
                return put(waiting.withCase(refundCase)); // the same entry, still based where the first edit was
            }
        }
        return put(new QueuedEdit(UUID.randomUUID(), kind, refundCase.id(), baseVersion, refundCase, null,
                clock.instant()));
    }

    /** An event for the case's log; an event with this id already waiting is not queued twice. */
    public synchronized QueuedEdit enqueueAppendEvent(UUID caseId, CaseEvent event) {
        for (QueuedEdit waiting : pending.values()) {
            if (waiting.event() != null && waiting.event().id().equals(event.id())) {
                return waiting;
            }
        }
        return put(new QueuedEdit(UUID.randomUUID(), EditKind.APPEND_EVENT, caseId, 0, null, event, clock.instant()));
    }

    /**
     * After a conflict: the entry becomes an update of the resolved case based on the stored version the
     * conflict showed. The next replay sends it.
     */
    public synchronized void resolve(UUID entryId, RefundCase resolved, long storedVersion) {
        QueuedEdit entry = require(entryId);
        put(entry.withCase(resolved).rebasedOn(storedVersion).withHold(null));
    }

    /**
     * After a conflict settled for the stored version, or when the person gives the edit up: the entry is dropped
     * (events are queued apart).
     */
    public synchronized void discard(UUID entryId) {
        require(entryId);
        done(entryId);
    }

    private QueuedEdit require(UUID entryId) {
        QueuedEdit entry = pending.get(entryId);
        if (entry == null) {
            throw new IllegalArgumentException("no queued edit " + entryId);
        }
        return entry;
    }

    /**
     * Sends the waiting edits to {@code target} in order. Each is removed once the target confirmed it. A stale
     * refusal whose stored case has the same fields is this queue's own earlier replay (success); any other goes
     * to {@code conflicts}: when the handler resolved or discarded the entry meanwhile it is sent again, else it
     * is held ({@link HoldReason#CONFLICT}). An entry the server cannot apply (its case is gone, the server
     * refused it) is held too, and the replay goes on with the rest; entries held before are skipped. A failure
     * that says the server is unreachable (or any other, to be safe) stops the replay there. Run it off the FX
     * thread; edits may be enqueued meanwhile.
     */
    public ReplayReport replay(ReplayTarget target, ConflictHandler conflicts) {
        int replayed = 0;
        Optional<QueuedEdit> firstConflict = Optional.empty();
        Map<UUID, Integer> conflictsAsked = new HashMap<>();
        while (true) {
            QueuedEdit entry;
            int revision;
            synchronized (this) {
                entry = pending.values().stream().filter(e -> !e.held()).findFirst().orElse(null);
                if (entry == null) {
                    return new ReplayReport(replayed, firstConflict, Optional.empty(), Optional.empty(),
                            pending.size(), heldNow());
                }
                revision = revisions.getOrDefault(entry.entryId(), 0);
            }
            long version;
            try {
                version = send(target, entry);
            } catch (StaleCaseException stale) {
                if (entry.kind() == EditKind.APPEND_EVENT
                        || !CaseConflict.of(null, entry.refundCase(), stale.stored()).sameFields()) {
                    int asked = conflictsAsked.merge(entry.entryId(), 1, Integer::sum);
                    conflicts.conflict(entry, stale);
                    if (!decided(entry, revision) || asked >= MAX_ASKS) {
                        hold(entry.entryId(), new Hold(HoldReason.CONFLICT, null, clock.instant()));
                        firstConflict = firstConflict.isPresent() ? firstConflict : Optional.of(entry);
                    }
                    continue;
                }
                version = stale.storedVersion(); // it landed before: the crash came after the server's commit
            } catch (RuntimeException failure) {
                Hold hold = holdFor(failure);
                if (hold == null) {
                    return new ReplayReport(replayed, firstConflict, Optional.of(entry), Optional.of(failure), size(),
                            heldNow());
                }
                hold(entry.entryId(), hold);
                continue;
            }
            confirmed(entry, revision, version);
            replayed++;
        }
    }

    /** Whether the conflict handler resolved or discarded the entry (else it is still as it was sent). */
    private synchronized boolean decided(QueuedEdit sent, int revision) {
        return !pending.containsKey(sent.entryId()) || revisions.getOrDefault(sent.entryId(), 0) != revision;
    }

    /**
     * The hold for a failure about the entry itself, or null for one that may pass by itself (connection, server
     * restarting …): those stop the replay as before, so nothing is held for a reason that is not the edit's.
     */
    private Hold holdFor(RuntimeException failure) {
        if (ServerProbe.unreachable(failure)) {
            return null;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CaseNotFoundException) {
                return new Hold(HoldReason.CASE_GONE, null, clock.instant());
            }
            if (t instanceof SQLException sql && refusal(sql.getSQLState())) {
                String message = sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse("");
                return new Hold(HoldReason.REFUSED, message, clock.instant());
            }
        }
        return null;
    }

    /** Integrity (23), data (22), insufficient privilege / row-level security (42501), a trigger's refusal (P0001). */
    private static boolean refusal(String state) {
        return state != null && (state.startsWith("23") || state.startsWith("22") || state.equals("42501")
                || state.equals("P0001"));
    }

    private synchronized void hold(UUID entryId, Hold hold) {
        QueuedEdit now = pending.get(entryId);
        if (now != null) {
            put(now.withHold(hold));
        }
    }

    private List<QueuedEdit> heldNow() {
        return pending.values().stream().filter(QueuedEdit::held).toList();
    }

    /** The entries a replay could not apply, oldest first: they wait for the person. */
    public synchronized List<QueuedEdit> held() {
        return heldNow();
    }

    /** The person asks to send a held entry again: the next replay tries it (a conflict opens the comparison). */
    public synchronized void retry(UUID entryId) {
        QueuedEdit entry = require(entryId);
        if (entry.held()) {
            put(entry.withHold(null));
        }
    }

    /**
     * A queued change of a case that is gone from the server becomes a new case with the queued fields and the
     * events queued for it (under a new id); the entries of those events are dropped. Returns the new case, sent
     * by the next replay. Only for an entry that carries a whole case (a new case or a changed one).
     */
    public synchronized RefundCase saveAsNew(UUID entryId, UUID newCaseId) {
        QueuedEdit entry = require(entryId);
        if (entry.refundCase() == null) {
            throw new IllegalArgumentException("entry " + entryId + " carries no case");
        }
        RefundCase copy = entry.refundCase();
        List<UUID> folded = new ArrayList<>();
        for (QueuedEdit other : pending.values()) {
            if (other.kind() == EditKind.APPEND_EVENT && other.caseId().equals(entry.caseId())) {
                if (copy.events().stream().noneMatch(e -> e.id().equals(other.event().id()))) {
                    copy = copy.withEvent(other.event());
                }
                folded.add(other.entryId());
            }
        }
        RefundCase made = new RefundCase(newCaseId, copy.title(), copy.consumer(), copy.assignee(), copy.tags(),
                copy.platform(), copy.purchase(), copy.problem(), copy.events(), copy.status(), copy.redFlags(),
                copy.assessment(), copy.createdAt(), copy.updatedAt());
        put(new QueuedEdit(entryId, EditKind.CREATE, newCaseId, 0, made, null, entry.queuedAt(), null));
        folded.forEach(this::done);
        return made;
    }

    private static long send(ReplayTarget target, QueuedEdit entry) {
        return switch (entry.kind()) {
            case CREATE -> target.create(entry.refundCase());
            case UPDATE -> target.update(entry.refundCase(), entry.baseVersion());
            case APPEND_EVENT -> {
                target.appendEvent(entry.caseId(), entry.event());
                yield -1;
            }
        };
    }

    /**
     * The server has the entry. An edit of the same case that arrived during the send stays queued, now based
     * on the version the server just stored: it was made on top of the edit just confirmed.
     */
    private synchronized void confirmed(QueuedEdit sent, int revision, long version) {
        QueuedEdit now = pending.get(sent.entryId());
        if (now != null && revisions.getOrDefault(sent.entryId(), 0) != revision && version >= 0) {
            put(now.rebasedOn(version));
            return;
        }
        done(sent.entryId());
    }

    private synchronized int size() {
        return pending.size();
    }

    private QueuedEdit put(QueuedEdit entry) {
        write(QueueJson.put(entry));
        if (pending.containsKey(entry.entryId())) {
            obsoleteLines++;
        }
        pending.put(entry.entryId(), entry);
        revisions.merge(entry.entryId(), 1, Integer::sum);
        return entry;
    }

    private void done(UUID entryId) {
        write(QueueJson.done(entryId));
        pending.remove(entryId);
        revisions.remove(entryId);
        obsoleteLines += 2;
        compactIfUseful();
    }

    private void write(String json) {
        try {
            journal.append(json);
        } catch (IOException e) {
            throw new StoreException("the offline edit could not be kept on disk: " + e.getMessage(), e);
        }
    }

    /** Rewrites the file with only what waits, once it is mostly history (and at once when nothing waits). */
    private void compactIfUseful() {
        if (obsoleteLines == 0 || (!pending.isEmpty() && obsoleteLines < 64 && problems.isEmpty())) {
            return;
        }
        try {
            journal.rewrite(pending.values().stream().map(QueueJson::put).toList());
            obsoleteLines = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

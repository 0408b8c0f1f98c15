package org.refunddesk.ui.team;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.VersionedCase;
import org.refunddesk.store.offline.QueuedEdit;

/**
 * The stored revisions of cases this client has read, with their versions: a view's copy of a case names the
 * revision it was loaded from by its {@code updatedAt} (the store sets it on every change and editors keep it),
 * so a save finds the version the view loaded even when another view has read a newer one since. Bounded: the
 * last few revisions of the cases used most recently.
 */
final class KnownVersions {
    private static final int CASES = 2_000;
    private static final int REVISIONS = 4;

    private final Map<UUID, Deque<VersionedCase>> byCase = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Deque<VersionedCase>> eldest) {
            return size() > CASES;
        }
    };

    synchronized void remember(VersionedCase read) {
        Deque<VersionedCase> revisions = byCase.computeIfAbsent(read.refundCase().id(), id -> new ArrayDeque<>());
        revisions.removeIf(r -> r.version() == read.version());
        revisions.addFirst(read);
        while (revisions.size() > REVISIONS) {
            revisions.removeLast();
        }
    }

    /** The revision of this case stored at {@code updatedAt} (the one a view's copy was loaded from). */
    synchronized Optional<VersionedCase> revision(UUID id, Instant updatedAt) {
        Deque<VersionedCase> revisions = byCase.get(id);
        if (revisions == null || updatedAt == null) {
            return Optional.empty();
        }
        return revisions.stream().filter(r -> updatedAt.equals(r.refundCase().updatedAt())).findFirst();
    }

    synchronized Optional<VersionedCase> version(UUID id, long version) {
        Deque<VersionedCase> revisions = byCase.get(id);
        return revisions == null ? Optional.empty()
                : revisions.stream().filter(r -> r.version() == version).findFirst();
    }

    /** The newest revision read. */
    synchronized Optional<VersionedCase> latest(UUID id) {
        Deque<VersionedCase> revisions = byCase.get(Objects.requireNonNull(id));
        return revisions == null || revisions.isEmpty() ? Optional.empty()
                : revisions.stream().max(java.util.Comparator.comparingLong(VersionedCase::version));
    }

    synchronized void forget(UUID id) {
        byCase.remove(id);
    }

    /** The conflict of a queued edit the server refused, with the revision it started from when still known. */
    CaseConflict conflictOf(QueuedEdit entry, StaleCaseException refusal) {
        RefundCase base = revision(entry.caseId(), entry.refundCase().updatedAt())
                .or(() -> version(entry.caseId(), entry.baseVersion()))
                .map(VersionedCase::refundCase).orElse(null);
        return CaseConflict.of(base, entry.refundCase(), refusal.stored());
    }
}

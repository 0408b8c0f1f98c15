package org.refunddesk.ui.team;

import java.util.Optional;
import java.util.function.Consumer;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.store.ServerProbe;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.offline.EditKind;
import org.refunddesk.store.offline.OfflineQueue;
import org.refunddesk.store.offline.QueuedEdit;
import org.refunddesk.store.offline.ReplayReport;

/**
 * Sends the offline queue when the server is back, through the same conflict handling as a save: a queued edit
 * the server refuses as stale is merged when nobody needs asking, else the conflict view opens; the decision is
 * sent and the replay goes on. Closing the view leaves the edit queued and held as an undecided conflict, like an
 * edit of a case deleted on the server: the rest is sent, the held ones wait in the "unsynced changes" panel until
 * the person retries ({@link #retry}) or discards them. One replay at a time; run it off the FX thread.
 */
public final class OfflineReplay {

    private final TeamSaves saves;
    private final OfflineQueue queue;
    private final Consumer<Throwable> onUnreachable;

    public OfflineReplay(TeamSaves saves, Consumer<Throwable> onUnreachable) {
        this.saves = saves;
        this.queue = saves.queue().orElseThrow(() -> new IllegalArgumentException("no offline queue"));
        this.onUnreachable = onUnreachable;
    }

    public synchronized ReplayReport replay() {
        ReplayReport report = queue.replay(saves.replayTarget(), this::resolve);
        report.failure().filter(ServerProbe::unreachable).ifPresent(onUnreachable);
        return report;
    }

    /** The person's "try again" / "resolve the conflict" on a held entry: sent now, with the rest still waiting. */
    public synchronized ReplayReport retry(java.util.UUID entryId) {
        queue.retry(entryId);
        return replay();
    }

    private boolean resolve(QueuedEdit entry, StaleCaseException refusal) {
        if (entry.kind() == EditKind.APPEND_EVENT) {
            return false; // events never conflict; the target does not refuse them
        }
        CaseConflict conflict = saves.known().conflictOf(entry, refusal);
        RefundCase next = TeamSaves.automatic(conflict);
        if (next == null) {
            Optional<ConflictResolution> decided = saves.resolver().resolve(conflict);
            if (decided.isEmpty()) {
                return false;
            }
            next = decided.get().resolved();
        }
        if (next == refusal.stored()) {
            queue.discard(entry.entryId());
        } else {
            queue.resolve(entry.entryId(), next, refusal.storedVersion());
        }
        return true;
    }
}

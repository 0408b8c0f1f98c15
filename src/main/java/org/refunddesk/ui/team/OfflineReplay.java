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
 * sent and the replay goes on. Closing the view leaves the edit queued (asked again at the next reconnect or
 * start). One replay at a time; run it off the FX thread.
 */
public final class OfflineReplay {
    private static final int MAX_ROUNDS = 50;

    private final TeamSaves saves;
    private final OfflineQueue queue;
    private final Consumer<Throwable> onUnreachable;

    public OfflineReplay(TeamSaves saves, Consumer<Throwable> onUnreachable) {
        this.saves = saves;
        this.queue = saves.queue().orElseThrow(() -> new IllegalArgumentException("no offline queue"));
        this.onUnreachable = onUnreachable;
    }

    public synchronized ReplayReport replay() {
        for (int round = 0; ; round++) {
            boolean[] resolved = {false};
            ReplayReport report = queue.replay(saves.replayTarget(), (entry, stale) -> resolved[0] = resolve(entry, stale));
            report.failure().filter(ServerProbe::unreachable).ifPresent(onUnreachable);
            if (report.conflict().isEmpty() || !resolved[0] || round >= MAX_ROUNDS) {
                return report;
            }
        }
    }

    private boolean resolve(QueuedEdit entry, StaleCaseException refusal) {
        if (entry.kind() == EditKind.APPEND_EVENT) {
            return false; // events never conflict; the target does not refuse them
        }
        CaseConflict conflict = saves.conflictOf(entry, refusal);
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

package org.refunddesk.ui.team;

import java.util.Optional;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.store.CaseNotFoundException;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.ServerProbe;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.StoreException;
import org.refunddesk.store.VersionedCase;
import org.refunddesk.store.offline.ReplayTarget;

/**
 * The offline queue's edits sent to the store, each at most once: a case already stored (an earlier replay that
 * landed before the app could note it) is reported as stale with the stored case, an event already in the log is
 * not appended again. Events a queued edit carries are never dropped for having "the same fields" as the stored case.
 */
final class ServerReplay implements ReplayTarget {
    private final CaseRepository store;
    private final KnownVersions known;

    ServerReplay(CaseRepository store, KnownVersions known) {
        this.store = store;
        this.known = known;
    }

    @Override
    public long create(RefundCase refundCase) {
        Optional<VersionedCase> stored = store.findVersioned(refundCase.id());
        if (stored.isEmpty()) {
            try {
                store.create(refundCase);
            } catch (StoreException e) {
                if (ServerProbe.unreachable(e)) {
                    throw e;
                }
                stored = store.findVersioned(refundCase.id()); // created by someone in between?
                if (stored.isEmpty()) {
                    throw e;
                }
            }
        }
        if (stored.isPresent()) {
            throw withOwnEvents(refundCase, new StaleCaseException(refundCase.id(), 0, stored.get().version(),
                    stored.get().refundCase()));
        }
        VersionedCase created = store.findVersioned(refundCase.id())
                .orElseThrow(() -> new CaseNotFoundException(refundCase.id()));
        known.remember(created);
        return created.version();
    }

    @Override
    public long update(RefundCase refundCase, long baseVersion) {
        try {
            VersionedCase saved = store.update(refundCase, baseVersion);
            known.remember(saved);
            return saved.version();
        } catch (StaleCaseException stale) {
            known.remember(stale.storedVersioned());
            throw withOwnEvents(refundCase, stale);
        }
    }

    @Override
    public void appendEvent(UUID caseId, CaseEvent event) {
        RefundCase stored = store.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        if (stored.events().stream().noneMatch(e -> e.id().equals(event.id()))) {
            store.appendEvent(caseId, event);
        }
    }

    /**
     * The queue takes a refusal whose stored case has the same fields for its own earlier replay and forgets the
     * edit: events only the edit has are appended first, so forgetting it loses none.
     */
    private StaleCaseException withOwnEvents(RefundCase mine, StaleCaseException refusal) {
        CaseConflict conflict = CaseConflict.of(null, mine, refusal.stored());
        if (!conflict.sameFields() || conflict.eventsOnlyMine().isEmpty()) {
            return refusal;
        }
        for (CaseEvent event : conflict.eventsOnlyMine()) {
            appendEvent(mine.id(), event);
        }
        VersionedCase now = store.findVersioned(mine.id()).orElseThrow(() -> new CaseNotFoundException(mine.id()));
        known.remember(now);
        return new StaleCaseException(mine.id(), refusal.baseVersion(), now.version(), now.refundCase());
    }
}

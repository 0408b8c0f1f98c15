package org.refunddesk.store.offline;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * One edit made while the server was unreachable. {@code refundCase} for CREATE and UPDATE, {@code event} for
 * APPEND_EVENT; {@code baseVersion} is the stored version the edit started from (0 for a new case);
 * {@code hold}: set when a replay could not apply it and the person has to decide (null while it just waits).
 */
public record QueuedEdit(UUID entryId, EditKind kind, UUID caseId, long baseVersion, RefundCase refundCase,
                         CaseEvent event, Instant queuedAt, Hold hold) {
    public QueuedEdit {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        if ((kind == EditKind.APPEND_EVENT) != (event != null) || (kind != EditKind.APPEND_EVENT) != (refundCase != null)) {
            throw new IllegalArgumentException(kind + " needs " + (kind == EditKind.APPEND_EVENT ? "an event" : "a case"));
        }
    }

    public QueuedEdit(UUID entryId, EditKind kind, UUID caseId, long baseVersion, RefundCase refundCase,
                      CaseEvent event, Instant queuedAt) {
        this(entryId, kind, caseId, baseVersion, refundCase, event, queuedAt, null);
    }

    /** Whether the person has to decide about it (replays skip it). */
    public boolean held() {
        return hold != null;
    }

    QueuedEdit withCase(RefundCase newCase) {
        return new QueuedEdit(entryId, kind, caseId, baseVersion, newCase, event, queuedAt, hold);
    }

    QueuedEdit withHold(Hold newHold) {
        return new QueuedEdit(entryId, kind, caseId, baseVersion, refundCase, event, queuedAt, newHold);
    }

    QueuedEdit rebasedOn(long version) {
        return new QueuedEdit(entryId, kind == EditKind.CREATE ? EditKind.UPDATE : kind, caseId, version, refundCase,
                event, queuedAt, hold);
    }
}

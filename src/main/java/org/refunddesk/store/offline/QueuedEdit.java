package org.refunddesk.store.offline;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * One edit made while the server was unreachable. {@code refundCase} for CREATE and UPDATE, {@code event} for
 * APPEND_EVENT; {@code baseVersion} is the stored version the edit started from (0 for a new case).
 */
public record QueuedEdit(UUID entryId, EditKind kind, UUID caseId, long baseVersion, RefundCase refundCase,
                         CaseEvent event, Instant queuedAt) {
    public QueuedEdit {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        if ((kind == EditKind.APPEND_EVENT) != (event != null) || (kind != EditKind.APPEND_EVENT) != (refundCase != null)) {
            throw new IllegalArgumentException(kind + " needs " + (kind == EditKind.APPEND_EVENT ? "an event" : "a case"));
        }
    }

    QueuedEdit withCase(RefundCase newCase) {
        return new QueuedEdit(entryId, kind, caseId, baseVersion, newCase, event, queuedAt);
    }

    QueuedEdit rebasedOn(long version) {
        return new QueuedEdit(entryId, kind == EditKind.CREATE ? EditKind.UPDATE : kind, caseId, version, refundCase,
                event, queuedAt);
    }
}

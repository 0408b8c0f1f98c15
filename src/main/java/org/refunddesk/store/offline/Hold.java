package org.refunddesk.store.offline;

import java.time.Instant;
import java.util.Objects;

/**
 * A queued edit a replay could not apply: kept, skipped by later replays until the person retries, resolves or
 * discards it. {@code detail}: the server's own words for {@link HoldReason#REFUSED} (else null).
 */
public record Hold(HoldReason reason, String detail, Instant since) {
    public Hold {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
    }
}

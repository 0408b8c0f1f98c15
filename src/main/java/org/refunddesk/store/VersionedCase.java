package org.refunddesk.store;

import java.util.Objects;

import org.refunddesk.domain.RefundCase;

/**
 * A case as stored together with its version (issue 16): the version rises with every change of the case, its events
 * or its assignment; a save names the version it was made from and is refused when the case has moved on since.
 */
public record VersionedCase(RefundCase refundCase, long version) {
    public VersionedCase {
        Objects.requireNonNull(refundCase, "refundCase");
    }
}

package org.refunddesk.domain.backup;

import java.time.Instant;

/** A saved case filter in its one-line text form, as a full backup carries it. */
public record SavedViewRecord(String name, String filterText, Instant savedAt) {
}

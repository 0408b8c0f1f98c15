package org.refunddesk.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;

import org.refunddesk.domain.CaseSummary;

/** The store's list order (newest case first, then by id), for rows read in another order and sorted in memory. */
public final class StoreOrder {
    /** As {@code ORDER BY created_at DESC NULLS LAST, case_id} gives the summaries. */
    public static final Comparator<CaseSummary> SUMMARIES = newestFirst(CaseSummary::createdAt, CaseSummary::id);

    /** The same order for anything with a creation time and a case id. */
    static <T> Comparator<T> newestFirst(Function<T, Instant> createdAt, Function<T, UUID> id) {
        return Comparator.comparing(createdAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                .thenComparing(id, StoreOrder::compareIds);
    }

    private StoreOrder() {
    }

    /** H2 and PostgreSQL order UUIDs by their bytes (unsigned); Java's compareTo is signed. */
    public static int compareIds(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}

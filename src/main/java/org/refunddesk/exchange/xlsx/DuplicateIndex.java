package org.refunddesk.exchange.xlsx;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.caseload.PlatformKey;

/**
 * The ids and platform + order-number keys seen so far, in the store and earlier in the file: only keys are
 * kept, never whole cases, so checking a large file against a large store stays small.
 */
public final class DuplicateIndex {
    private final Set<UUID> storedIds = new HashSet<>();
    private final Set<String> storedKeys = new HashSet<>();
    private final Map<UUID, Integer> fileIds = new HashMap<>();
    private final Map<String, Integer> fileKeys = new HashMap<>();

    /** Remembers a case already in the store. */
    public void addStored(RefundCase c) {
        storedIds.add(c.id());
        key(c).ifPresent(storedKeys::add);
    }

    /** The duplicate this row's case is, or null (then it is remembered as the file's). */
    ImportDuplicate check(int row, RefundCase c) {
        String platform = c.platform().name();
        String order = c.purchase().orderNo();
        if (storedIds.contains(c.id())) {
            return new ImportDuplicate(row, ImportDuplicate.Kind.SAME_ID, 0, platform, order, c.id().toString());
        }
        if (fileIds.containsKey(c.id())) {
            return new ImportDuplicate(row, ImportDuplicate.Kind.IN_FILE, fileIds.get(c.id()), platform, order,
                    c.id().toString());
        }
        Optional<String> key = key(c);
        if (key.isPresent() && storedKeys.contains(key.get())) {
            return new ImportDuplicate(row, ImportDuplicate.Kind.IN_STORE, 0, platform, order, c.id().toString());
        }
        if (key.isPresent() && fileKeys.containsKey(key.get())) {
            return new ImportDuplicate(row, ImportDuplicate.Kind.IN_FILE, fileKeys.get(key.get()), platform, order,
                    c.id().toString());
        }
        fileIds.put(c.id(), row);
        key.ifPresent(k -> fileKeys.put(k, row));
        return null;
    }

    /** Same platform (normalised: case, width, URL forms) and same order number; no order number, no key. */
    static Optional<String> key(RefundCase c) {
        if (c.purchase() == null || c.purchase().orderNo() == null || c.purchase().orderNo().isBlank()
                || c.platform() == null) {
            return Optional.empty();
        }
        String order = Normalizer.normalize(c.purchase().orderNo(), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return Optional.of(PlatformKey.of(c.platform().name()) + "\u0000" + order);
    }
}

package org.refunddesk.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The damaged case rows that reads of the whole store skipped (a damaged row never hides the others): the list,
 * the summaries and the backup read past them and note them here, so the app and commands can say how many.
 */
public final class DamageLog {
    private final Map<UUID, DamagedCase> found = new ConcurrentHashMap<>();

    void note(DamagedCase damaged) {
        found.put(damaged.id(), damaged);
    }

    void forget(UUID id) {
        found.remove(id);
    }

    /** Forgets the cases that read well again (repaired, deleted) before a fresh pass notes what is still damaged. */
    void clear() {
        found.clear();
    }

    /** What is known to be wrong with this case's row, if a read found it damaged. */
    public java.util.Optional<DamagedCase> find(UUID id) {
        return java.util.Optional.ofNullable(found.get(id));
    }

    public int count() {
        return found.size();
    }

    public List<DamagedCase> all() {
        List<DamagedCase> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparing(DamagedCase::id));
        return list;
    }
}

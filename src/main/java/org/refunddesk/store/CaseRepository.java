package org.refunddesk.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;

/**
 * The case store. Every method is one transaction: when it throws, the previous state is intact.
 * The event log is append-only: {@link #update} refuses a case whose stored events were changed or removed.
 */
public interface CaseRepository {
    /** Stores a new case; sets createdAt/updatedAt when absent. Fails when the id exists. */
    RefundCase create(RefundCase refundCase);

    /** Replaces the case's fields and appends any new events. */
    RefundCase update(RefundCase refundCase);

    /**
     * The case with its stored version, the base of a later {@link #update(RefundCase, long)} (team mode: several
     * people save the same case).
     */
    default Optional<VersionedCase> findVersioned(UUID id) {
        throw new UnsupportedOperationException("this store keeps no case versions");
    }

    /**
     * Saves the case as {@link #update(RefundCase)} does, but only when the stored version is still
     * {@code baseVersion} (the one it was read at); otherwise nothing is saved and {@link StaleCaseException} carries
     * the stored case. New events are appended; returns the stored case with its new version.
     */
    default VersionedCase update(RefundCase refundCase, long baseVersion) {
        throw new UnsupportedOperationException("this store keeps no case versions");
    }

    /**
     * Saves every case as {@link #update(RefundCase, long)} does, each against its base version (the version in
     * each pair), in one transaction: when one was changed since, {@link StaleCaseException} names it and nothing is
     * saved. Returns the stored cases with their new versions, in order.
     */
    default List<VersionedCase> updateAllVersioned(List<VersionedCase> casesWithBase) {
        throw new UnsupportedOperationException("this store keeps no case versions");
    }

    /** Updates all cases in one transaction (all or none), as {@link #update} does each. */
    List<RefundCase> updateAll(List<RefundCase> cases);

    /**
     * Sets the assignee of every case with these ids in one transaction (all or none; null: unassigned) and
     * returns how many changed; fails when one does not exist. Cases are not loaded (the store does it in batches).
     */
    default int assignAll(java.util.Collection<UUID> ids, String assignee) {
        List<RefundCase> changed = ids.stream()
                .map(id -> find(id).orElseThrow(() -> new CaseNotFoundException(id)).withAssignee(assignee)).toList();
        return updateAll(changed).size();
    }

    /** Appends one event to the case's log. */
    RefundCase appendEvent(UUID caseId, CaseEvent event);

    /** Creates all cases in one transaction (all or none). */
    List<RefundCase> createAll(List<RefundCase> cases);

    /**
     * Creates the cases {@code source} hands over one at a time, all in one transaction (all or none), so a
     * large import never holds them all; when the source throws, nothing is stored. Returns how many.
     */
    default int createEach(java.util.function.Consumer<java.util.function.Consumer<RefundCase>> source) {
        List<RefundCase> all = new java.util.ArrayList<>();
        source.accept(all::add);
        return createAll(all).size();
    }

    /** Replaces every stored case by the given ones in one transaction (restore); evidence of kept cases stays. */
    void replaceAll(List<RefundCase> cases);

    /** Deletes the case; its evidence files go to the evidence trash with a "case deleted" log entry. */
    void delete(UUID id);

    /**
     * After writes were refused because the disk filled up: checks that the store can be written again and, when it
     * can, reopens it for writing (the app's 再试一次); throws, saying why, when it still cannot. Nothing to do for a
     * store that can be written.
     */
    default void retryWrites() {
    }

    Optional<RefundCase> find(UUID id);

    /** All cases, newest first. */
    List<RefundCase> list();

    /** All cases, newest first, one at a time without holding them all (streaming exports); same order as list(). */
    default void forEach(java.util.function.Consumer<RefundCase> each) {
        list().forEach(each);
    }

    /**
     * The stored cases with these ids (missing ones skipped), one at a time in no particular order: the store reads
     * them in batches instead of one query per case (the {@code due} command's explained deadlines).
     */
    default void forEachOf(java.util.Collection<UUID> ids, java.util.function.Consumer<RefundCase> each) {
        for (UUID id : ids) {
            find(id).ifPresent(each);
        }
    }

    int count();
}

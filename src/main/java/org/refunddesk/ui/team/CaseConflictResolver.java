package org.refunddesk.ui.team;

import java.util.Optional;

import org.refunddesk.rules.conflict.CaseConflict;

/**
 * Asks the person what to do with a save the store refused as stale: the resolution (the case to save on top of
 * the stored version), or empty when they decided nothing (both versions stay as they are). May be called on any
 * thread and waits for the answer.
 */
@FunctionalInterface
public interface CaseConflictResolver {
    Optional<ConflictResolution> resolve(CaseConflict conflict);
}

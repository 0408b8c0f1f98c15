package org.refunddesk.ui.team;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.rules.conflict.ChangedBy;
import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.conflict.FieldChoice;
import org.refunddesk.rules.conflict.FieldDifference;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.StoreException;
import org.refunddesk.store.VersionedCase;

/**
 * A change of many cases at once (the caseload's bulk status and tags) through their versions, in one transaction:
 * each case is saved against the version it was read at. A case someone else changed meanwhile is merged when the
 * two changes touch different fields (nothing is lost, events of both kept); when both changed the same field, or
 * where the change started is unknown, the whole change is refused and nothing saved, naming the case.
 */
final class BulkSaves {
    private static final int MAX_ROUNDS = 5;

    private final CaseRepository store;
    private final KnownVersions known;
    private final Messages messages;
    private final Function<RefundCase, VersionedCase> baseOf;

    BulkSaves(CaseRepository store, KnownVersions known, Messages messages, Function<RefundCase, VersionedCase> baseOf) {
        this.store = store;
        this.known = known;
        this.messages = messages;
        this.baseOf = baseOf;
    }

    List<RefundCase> updateAll(List<RefundCase> cases) {
        List<RefundCase> candidates = new ArrayList<>(cases);
        RefundCase[] baseCases = new RefundCase[cases.size()];
        long[] baseVersions = new long[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            VersionedCase base = baseOf.apply(cases.get(i));
            baseCases[i] = base == null ? null : base.refundCase();
            baseVersions[i] = base == null ? TeamSaves.UNKNOWN_BASE : base.version();
        }
        for (int round = 0; ; round++) {
            List<VersionedCase> withBase = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                withBase.add(new VersionedCase(candidates.get(i), baseVersions[i]));
            }
            try {
                List<VersionedCase> saved = store.updateAllVersioned(withBase);
                saved.forEach(known::remember);
                return saved.stream().map(VersionedCase::refundCase).toList();
            } catch (StaleCaseException stale) {
                known.remember(stale.storedVersioned());
                int i = indexOf(candidates, stale);
                RefundCase merged = round < MAX_ROUNDS
                        ? apart(CaseConflict.of(baseCases[i], candidates.get(i), stale.stored())) : null;
                if (merged == null) {
                    throw new StoreException(messages.get("teamsave.bulkConflict",
                            String.valueOf(stale.stored().title())), stale);
                }
                candidates.set(i, merged);
                baseCases[i] = stale.stored();
                baseVersions[i] = stale.storedVersion();
            }
        }
    }

    private static int indexOf(List<RefundCase> candidates, StaleCaseException stale) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).id().equals(stale.caseId())) {
                return i;
            }
        }
        throw stale;
    }

    /** The two changes merged when they touch different fields; null when both changed one field or the start is unknown. */
    static RefundCase apart(CaseConflict conflict) {
        if (conflict.sameFields()) {
            return conflict.keepMine();
        }
        if (conflict.base() == null) {
            return null;
        }
        Map<ConflictField, FieldChoice> choices = new EnumMap<>(ConflictField.class);
        for (FieldDifference d : conflict.differences()) {
            if (d.changedBy() == ChangedBy.BOTH || d.changedBy() == ChangedBy.UNKNOWN) {
                return null;
            }
            choices.put(d.field(), d.changedBy() == ChangedBy.THEIRS ? FieldChoice.TAKE_THEIRS : FieldChoice.KEEP_MINE);
        }
        return conflict.merge(choices);
    }
}

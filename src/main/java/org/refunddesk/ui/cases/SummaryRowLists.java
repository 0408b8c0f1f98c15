package org.refunddesk.ui.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.CaseSummary;
import org.refunddesk.store.CaseSummaries;
import org.refunddesk.store.DamagedCase;

/** The case list's rows from stored summaries (all, or the current rows with some re-read); where a case is among rows. */
final class SummaryRowLists {
    private SummaryRowLists() {
    }

    /**
     * Every summary as a row; a case found damaged (now or by an earlier run, which marked its summary) is listed as
     * damaged, also when its list entry itself does not read (then with its id and, if readable, its title).
     */
    static List<CaseRow> read(CaseSummaries summaries) {
        Map<UUID, DamagedCase> damaged = new HashMap<>();
        summaries.damaged().forEach(d -> damaged.put(d.id(), d));
        List<CaseRow> read = new ArrayList<>();
        summaries.forEachListed(s -> {
            DamagedCase d = damaged.remove(s.id());
            read.add(s.damaged() || d != null ? CaseRow.damaged(s, d == null ? null : d.problem()) : CaseRow.of(s));
        });
        damaged.values().forEach(d -> read.add(CaseRow.damaged(d.id(), d.title(), d.problem())));
        return read;
    }

    /**
     * {@code rows} with the cases named in {@code ids} replaced by their summaries as {@code found}; those not found
     * (deleted, or no longer visible to this login) removed, new ones first (newest first, as the store lists them).
     */
    static List<CaseRow> merged(List<CaseRow> rows, Collection<CaseSummary> found, Set<UUID> ids) {
        Map<UUID, CaseRow> fresh = new LinkedHashMap<>();
        found.forEach(s -> fresh.put(s.id(), CaseRow.of(s)));
        List<CaseRow> next = new ArrayList<>(rows.size() + fresh.size());
        for (CaseRow row : rows) {
            CaseRow now = fresh.remove(row.id());
            if (now != null) {
                next.add(now);
            } else if (!ids.contains(row.id())) {
                next.add(row);
            }
        }
        next.addAll(0, fresh.values());
        return next;
    }

    /** Where this case's row is in these rows (by id, the row itself first), or -1. */
    static int indexOf(List<CaseRow> in, CaseRow row) {
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i) == row) {
                return i;
            }
        }
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).id().equals(row.id())) {
                return i;
            }
        }
        return -1;
    }
}

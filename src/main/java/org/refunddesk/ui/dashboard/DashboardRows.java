package org.refunddesk.ui.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.CaseOverview;
import org.refunddesk.rules.caseload.CaseActivity;
import org.refunddesk.rules.caseload.SummaryOverviews;
import org.refunddesk.store.CaseSummaries;

/** The dashboard table's rows from every stored summary, with each case's activity and the cases found damaged. */
record DashboardRows(List<CaseOverview> overviews, Map<UUID, CaseActivity> activities, Set<UUID> damaged) {

    static DashboardRows readAll(CaseSummaries summaries) {
        List<CaseOverview> built = new ArrayList<>();
        Map<UUID, CaseActivity> activity = new HashMap<>();
        Set<UUID> broken = new HashSet<>();
        summaries.damaged().forEach(d -> broken.add(d.id()));
        summaries.forEach(s -> {
            if (s.damaged() || broken.contains(s.id())) {
                broken.add(s.id());
                // no verdict from before the damage; its last known deadlines stay (a real deadline is not hidden)
                CaseOverview old = SummaryOverviews.overview(s);
                built.add(new CaseOverview(old.refundCase(), null, old.deadlines(), null, List.of()));
            } else {
                built.add(SummaryOverviews.overview(s));
            }
            activity.put(s.id(), CaseActivity.of(s));
        });
        return new DashboardRows(built, activity, Set.copyOf(broken));
    }
}

package org.refunddesk.ui.home;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.AutoErasure;
import org.refunddesk.rules.CaseProgress;
import org.refunddesk.rules.agenda.NeedsAttention;
import org.refunddesk.rules.agenda.NeedsAttention.CaseNeeds;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.DueTimes;
import org.refunddesk.rules.reminders.ReminderTexts;
import org.refunddesk.rules.reminders.StillPossible;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.CaseSummaries;
import org.refunddesk.store.HomeCases;
import org.refunddesk.store.StoreOrder;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.home.HomeViewModel.Entry;
import org.refunddesk.ui.home.HomeViewModel.Kind;
import org.refunddesk.ui.home.HomeViewModel.Line;

/**
 * Home's entries at "now", worded: from whole cases planned one at a time (no stored summaries), or from the stored
 * summaries (issue 14) — only the cases Home can show, read by index, and the cases whose summary is stale read whole
 * as before. Both give the same entries in the same order: the cases' list order (newest first), then those with a
 * missed deadline, then those with one due soon.
 */
final class HomeItems {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Widens the closed-case range Home reads: month arithmetic clamps the day (31 Jan + 1 month = 28 Feb). */
    private static final int MONTH_SLACK_DAYS = 4;

    private final Messages m;
    private final CaseInsights insights;

    HomeItems(Messages m, CaseInsights insights) {
        this.m = m;
        this.insights = insights;
    }

    /** The full computation: every case, in the order given. */
    List<Entry> fromCases(List<RefundCase> cases, Instant now, int eraseMonths) {
        List<Entry> list = new ArrayList<>();
        for (RefundCase c : cases) {
            list.addAll(ofCase(c, now, eraseMonths));
        }
        return sort(list);
    }

    /** From the summaries: what Home can show, read by index; stale summaries' cases read whole. */
    List<Entry> fromSummaries(CaseSummaries summaries, CaseRepository cases, Instant now, int eraseMonths) {
        Set<UUID> stale = summaries.staleIds();
        Instant changedFrom = null;
        Instant changedTo = null;
        if (eraseMonths > 0) {
            ZonedDateTime back = now.atZone(SHANGHAI).minusMonths(eraseMonths);
            changedFrom = back.minusDays(MONTH_SLACK_DAYS).toInstant();
            changedTo = back.plusDays(AutoErasure.REMINDER_DAYS + MONTH_SLACK_DAYS).toInstant();
        }
        List<Ordered> found = new ArrayList<>();
        HomeCases read = summaries.forHome(now.minus(NeedsAttention.MISSED_LOOKBACK), now.plus(NeedsAttention.SOON),
                changedFrom, changedTo);
        for (CaseSummary s : read.dated()) {
            if (!stale.contains(s.id())) {
                found.add(new Ordered(s.createdAt(), s.id(), ofSummary(s, now, eraseMonths)));
            }
        }
        for (HomeCases.Move move : read.moves()) {
            if (!stale.contains(move.id())) {
                found.add(new Ordered(move.createdAt(), move.id(), ofMove(move, now, eraseMonths)));
            }
        }
        if (!stale.isEmpty()) {
            cases.forEachOf(stale, c -> found.add(new Ordered(c.createdAt(), c.id(), ofCase(c, now, eraseMonths))));
        }
        found.sort(Ordered.LIST_ORDER);
        List<Entry> list = new ArrayList<>();
        found.forEach(o -> list.addAll(o.entries()));
        return sort(list);
    }

    /** A case's entries in the list's order: newest first, no date last, then by id as the store orders UUIDs. */
    private record Ordered(Instant createdAt, UUID id, List<Entry> entries) {
        static final Comparator<Ordered> LIST_ORDER = Comparator.comparing(Ordered::createdAt,
                        Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                .thenComparing(Ordered::id, StoreOrder::compareIds);
    }

    private List<Entry> ofCase(RefundCase c, Instant now, int eraseMonths) {
        List<Entry> list = new ArrayList<>();
        // planned one case at a time: only cases that need something are kept
        for (CaseNeeds n : NeedsAttention.of(List.of(c), Map.of(c.id(), insights.deadlinesFor(c, now)), now)) {
            CaseProgress.NextStepKind move = n.yourMove() ? CaseProgress.nextStep(c, -1, false, true) : null;
            list.add(entry(c.id(), c.title(), n.dueSoon(), n.missed(), n.allDeadlines(), move, now));
        }
        erase(c.id(), c.title(), AutoErasure.eraseAt(c, eraseMonths), eraseMonths, now, list);
        return list;
    }

    private List<Entry> ofSummary(CaseSummary s, Instant now, int eraseMonths) {
        List<Entry> list = new ArrayList<>();
        if (s.status() != CaseStatus.RESOLVED && s.status() != CaseStatus.CLOSED) {
            // the listed deadlines are every dated deadline not met: all that Home's filters and wording look at
            List<Deadline> soon = NeedsAttention.dueSoon(s.deadlines(), now);
            List<Deadline> missed = NeedsAttention.missed(s.deadlines(), now);
            CaseProgress.NextStepKind move = s.yourMove() == null ? null : CaseProgress.NextStepKind.valueOf(s.yourMove());
            if (!soon.isEmpty() || !missed.isEmpty() || move != null) {
                list.add(entry(s.id(), s.title(), soon, missed, s.deadlines(), move, now));
            }
        }
        erase(s.id(), s.title(), AutoErasure.eraseAt(s.status(), s.updatedAt(), s.createdAt(), eraseMonths),
                eraseMonths, now, list);
        return list;
    }

    /** A case Home lists for its next move only: no deadline of it is missed lately or due soon. */
    private List<Entry> ofMove(HomeCases.Move move, Instant now, int eraseMonths) {
        List<Entry> list = new ArrayList<>();
        if (move.status() != CaseStatus.RESOLVED && move.status() != CaseStatus.CLOSED) {
            list.add(entry(move.id(), move.title(), List.of(), List.of(), List.of(),
                    CaseProgress.NextStepKind.valueOf(move.yourMove()), now));
        }
        erase(move.id(), move.title(), AutoErasure.eraseAt(move.status(), move.updatedAt(), move.createdAt(), eraseMonths),
                eraseMonths, now, list);
        return list;
    }

    private void erase(UUID id, String title, Instant eraseAt, int eraseMonths, Instant now, List<Entry> list) {
        if (AutoErasure.remindNow(eraseAt, now)) {
            list.add(new Entry(id, title, List.of(new Line(Kind.SOON, m.get("privacy.autoErase.home",
                    DueTimes.format(eraseAt), eraseMonths))), null));
        }
    }

    /** Missed first, then due soon, each group in the order given (a stable sort on one rank per entry). */
    private static List<Entry> sort(List<Entry> list) {
        List<List<Entry>> byRank = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Entry e : list) {
            byRank.get(rank(e)).add(e);
        }
        List<Entry> sorted = new ArrayList<>(list.size());
        byRank.forEach(sorted::addAll);
        return sorted;
    }

    private static int rank(Entry e) {
        boolean soon = false;
        for (Line line : e.lines()) {
            if (line.kind() == Kind.MISSED) {
                return 0;
            }
            soon |= line.kind() == Kind.SOON;
        }
        return soon ? 1 : 2;
    }

    private Entry entry(UUID id, String title, List<Deadline> dueSoon, List<Deadline> missed, List<Deadline> all,
                        CaseProgress.NextStepKind yourMove, Instant now) {
        List<Line> lines = new ArrayList<>();
        StillPossible still = new StillPossible(m);
        for (Deadline d : missed) {
            lines.add(new Line(Kind.MISSED, m.get("home.missed", ReminderTexts.ruleName(d.rule(), m),
                    DueTimes.format(d.dueAt()))));
            still.after(d, all, now).stream().map(s -> new Line(Kind.STILL_POSSIBLE, s))
                    .filter(l -> !lines.contains(l)).forEach(lines::add);
        }
        for (Deadline d : dueSoon) {
            lines.add(new Line(Kind.SOON, m.get("home.soon", DueTimes.countdown(now, d.dueAt(), m),
                    ReminderTexts.ruleName(d.rule(), m), DueTimes.format(d.dueAt()))));
        }
        String section = missed.isEmpty() && dueSoon.isEmpty() ? null : "timeline";
        if (yourMove != null) {
            lines.add(new Line(Kind.YOUR_MOVE, m.get("home.yourMove." + yourMove.name())));
            section = section == null ? "timeline" : section;
        }
        return new Entry(id, title, lines, section);
    }
}

package org.refunddesk.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refunddesk.cli.CaseloadWorkspace;
import org.refunddesk.cli.CliContext;
import org.refunddesk.cli.StoreAccess;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.EligibilityAssessor;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendar;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.caseload.SummaryOverviews;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseEvidenceScores;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;

/**
 * The caseload commands' view of the data folder: the case database, and each case with its deadlines
 * planned at "now" by the rule book and calendar of that folder. The verdict is the stored one; a case
 * never assessed is assessed on the fly (not stored). Evidence files and scores come from the vault.
 */
final class StoreCaseloadWorkspace implements CaseloadWorkspace {
    private final Database database;
    private final RuleBooks.Loaded ruleBook;
    private final WorkingDayCalendar calendar;
    private final Messages messages;
    private CaseEvidenceScores evidence;
    private final Clock clock;

    private StoreCaseloadWorkspace(Database database, RuleBooks.Loaded ruleBook, WorkingDayCalendar calendar,
                                   CliContext context) {
        this.database = database;
        this.ruleBook = ruleBook;
        this.calendar = calendar;
        this.clock = context.clock();
        this.messages = context.messages();
    }

    /** Evidence files and scores: only the commands that show them read the checklist. */
    private CaseEvidenceScores evidence() {
        if (evidence == null) {
            evidence = new CaseEvidenceScores(new EvidenceVault(database, clock), EvidenceChecklist.builtIn(), messages);
        }
        return evidence;
    }

    static CaseloadWorkspace.Opener opener() {
        return (CliContext context) -> {
            RuleBooks.Loaded book = RuleBooks.load(context.dataDir());
            WorkingDayCalendars.Loaded calendar = WorkingDayCalendars.load(context.dataDir());
            book.notes().forEach(n -> context.err().println(context.messages().get("cli.note", n)));
            calendar.problems().forEach(n -> context.err().println(context.messages().get("cli.note", n)));
            return new StoreCaseloadWorkspace(StoreAccess.open(context), book, calendar.calendar(), context);
        };
    }

    @Override
    public CaseRepository cases() {
        return database.cases();
    }

    @Override
    public List<CaseOverview> overviews(Instant now) {
        CaseEvidenceScores.Snapshot vault = evidence().read();
        return database.cases().list().stream().map(c -> overview(c, now, true, vault)).toList();
    }

    @Override
    public List<CaseOverview> overviewsForLists(Instant now) {
        CaseEvidenceScores.Snapshot vault = evidence().read();
        return database.cases().list().stream().map(c -> overview(c, now, false, vault)).toList();
    }

    /** Only the cases whose summary's next open deadline is due by {@code until}: the soonest open deadline is. */
    @Override
    public List<CaseOverview> overviewsDueBy(Instant now, Instant until) {
        return overviewsDueBy(now, until, true);
    }

    /**
     * From the summaries of the cases with an open deadline due by {@code until}; explained, those cases are read
     * in batches and planned (the basis and explanation are not stored in a summary). No evidence files either way.
     */
    @Override
    public List<CaseOverview> overviewsDueBy(Instant now, Instant until, boolean explained) {
        database.summaries().ensureCurrent();
        List<CaseSummary> due = new ArrayList<>();
        if (until == null) {
            database.summaries().withOpenDeadlines(due::add);
        } else {
            database.summaries().dueBy(until, due::add);
        }
        List<CaseOverview> overviews = new ArrayList<>(due.size());
        if (!explained) {
            due.forEach(s -> overviews.add(SummaryOverviews.overview(s)));
            return overviews;
        }
        Map<UUID, CaseSummary> byId = new HashMap<>();
        due.forEach(s -> byId.put(s.id(), s));
        database.cases().forEachOf(byId.keySet(), c -> overviews.add(new CaseOverview(c, verdictOf(c, now),
                DeadlinePlanner.plan(c, now, ruleBook.ruleBook(), calendar, messages), byId.get(c.id()).evidenceScore(),
                List.of())));
        return overviews;
    }

    private Verdict verdictOf(RefundCase c, Instant now) {
        return c.assessment() != null ? c.assessment().verdict()
                : c.problem() == null ? null
                : EligibilityAssessor.assess(c, now, ruleBook.ruleBook(), calendar, messages).verdict();
    }

    /** Verdict, deadlines, and the evidence files with their completeness score (the XLSX columns and sheet). */
    private CaseOverview overview(RefundCase c, Instant now, boolean explain, CaseEvidenceScores.Snapshot vault) {
        List<Deadline> deadlines = explain
                ? DeadlinePlanner.plan(c, now, ruleBook.ruleBook(), calendar, messages)
                : DeadlinePlanner.planWithoutExplanations(c, now, ruleBook.ruleBook(), calendar, messages);
        return vault.overview(c, verdictOf(c, now), deadlines);
    }

    @Override
    public void close() {
        database.close();
    }
}

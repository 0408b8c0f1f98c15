package org.refunddesk.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.refunddesk.cli.CaseloadWorkspace;
import org.refunddesk.cli.CliContext;
import org.refunddesk.cli.StoreAccess;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.EligibilityAssessor;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendar;
import org.refunddesk.rules.WorkingDayCalendars;
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
    private final CaseEvidenceScores evidence;
    private final Clock clock;

    private StoreCaseloadWorkspace(Database database, RuleBooks.Loaded ruleBook, WorkingDayCalendar calendar,
                                   Messages messages, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.evidence = new CaseEvidenceScores(new EvidenceVault(database, clock), EvidenceChecklist.builtIn(), messages);
        this.ruleBook = ruleBook;
        this.calendar = calendar;
        this.messages = messages;
    }

    static CaseloadWorkspace.Opener opener() {
        return (CliContext context) -> {
            RuleBooks.Loaded book = RuleBooks.load(context.dataDir());
            WorkingDayCalendars.Loaded calendar = WorkingDayCalendars.load(context.dataDir());
            book.notes().forEach(n -> context.err().println("note: " + n));
            calendar.problems().forEach(n -> context.err().println("note: " + n));
            return new StoreCaseloadWorkspace(StoreAccess.open(context), book,
                    calendar.calendar(), context.messages(), context.clock());
        };
    }

    @Override
    public CaseRepository cases() {
        return database.cases();
    }

    @Override
    public List<CaseOverview> overviews(Instant now) {
        CaseEvidenceScores.Snapshot vault = evidence.read();
        return database.cases().list().stream().map(c -> overview(c, now, true, vault)).toList();
    }

    @Override
    public List<CaseOverview> overviewsForLists(Instant now) {
        CaseEvidenceScores.Snapshot vault = evidence.read();
        return database.cases().list().stream().map(c -> overview(c, now, false, vault)).toList();
    }

    /** Only the cases whose summary's next open deadline is due by {@code until}: the soonest open deadline is. */
    @Override
    public List<CaseOverview> overviewsDueBy(Instant now, Instant until) {
        database.summaries().ensureCurrent();
        List<UUID> ids = new ArrayList<>();
        if (until == null) {
            database.summaries().withOpenDeadlines(s -> ids.add(s.id()));
        } else {
            database.summaries().dueBy(until, s -> ids.add(s.id()));
        }
        EvidenceVault vault = new EvidenceVault(database, clock);
        List<CaseOverview> overviews = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            database.cases().find(id).ifPresent(c -> overviews.add(
                    overview(c, now, true, evidence.snapshotOf(id, vault.list(id)))));
        }
        return overviews;
    }

    /** Verdict, deadlines, and the evidence files with their completeness score (the XLSX columns and sheet). */
    private CaseOverview overview(RefundCase c, Instant now, boolean explain, CaseEvidenceScores.Snapshot vault) {
        List<Deadline> deadlines = explain
                ? DeadlinePlanner.plan(c, now, ruleBook.ruleBook(), calendar, messages)
                : DeadlinePlanner.planWithoutExplanations(c, now, ruleBook.ruleBook(), calendar, messages);
        Verdict verdict = c.assessment() != null ? c.assessment().verdict()
                : c.problem() == null ? null
                : EligibilityAssessor.assess(c, now, ruleBook.ruleBook(), calendar, messages).verdict();
        return vault.overview(c, verdict, deadlines);
    }

    @Override
    public void close() {
        database.close();
    }
}

package org.refunddesk.app;

import java.time.Instant;
import java.util.List;

import org.refunddesk.cli.CaseloadWorkspace;
import org.refunddesk.cli.CliContext;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.EligibilityAssessor;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendar;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;
import org.refunddesk.store.Database;

/**
 * The caseload commands' view of the data folder: the case database, and each case with its deadlines
 * planned at "now" by the rule book and calendar of that folder. The verdict is the stored one; a case
 * never assessed is assessed on the fly (not stored).
 */
final class StoreCaseloadWorkspace implements CaseloadWorkspace {
    private final Database database;
    private final RuleBooks.Loaded ruleBook;
    private final WorkingDayCalendar calendar;
    private final Messages messages;

    private StoreCaseloadWorkspace(Database database, RuleBooks.Loaded ruleBook, WorkingDayCalendar calendar,
                                   Messages messages) {
        this.database = database;
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
            return new StoreCaseloadWorkspace(Database.open(context.dataDir(), context.clock()), book,
                    calendar.calendar(), context.messages());
        };
    }

    @Override
    public CaseRepository cases() {
        return database.cases();
    }

    @Override
    public List<CaseOverview> overviews(Instant now) {
        return database.cases().list().stream().map(c -> overview(c, now, true)).toList();
    }

    @Override
    public List<CaseOverview> overviewsForLists(Instant now) {
        return database.cases().list().stream().map(c -> overview(c, now, false)).toList();
    }

    private CaseOverview overview(RefundCase c, Instant now, boolean explain) {
        List<Deadline> deadlines = explain
                ? DeadlinePlanner.plan(c, now, ruleBook.ruleBook(), calendar, messages)
                : DeadlinePlanner.planWithoutExplanations(c, now, ruleBook.ruleBook(), calendar, messages);
        Verdict verdict = c.assessment() != null ? c.assessment().verdict()
                : c.problem() == null ? null
                : EligibilityAssessor.assess(c, now, ruleBook.ruleBook(), calendar, messages).verdict();
        return new CaseOverview(c, verdict, deadlines, null, List.of());
    }

    @Override
    public void close() {
        database.close();
    }
}

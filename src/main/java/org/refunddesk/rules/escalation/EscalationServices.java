package org.refunddesk.rules.escalation;

import org.refunddesk.rules.Assessment;
import org.refunddesk.rules.RuleBook;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendar;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.CalendarDeadlineDates;
import org.refunddesk.rules.letters.ConsistencyChecker;
import org.refunddesk.rules.letters.DeadlineDateCalculator;
import org.refunddesk.rules.letters.LetterDrafter;
import org.refunddesk.rules.letters.LetterResources;

/**
 * The escalation feature wired together once, for the command line and the wizard: the ladder data,
 * the rule engine's deadlines, claims and calendar, and the pieces built on them.
 */
public final class EscalationServices {
    private final LadderBook book;
    private final EscalationLadder ladder;
    private final PreconditionChecker checker;
    private final LetterDrafter drafter;
    private final FinalAnswerResolver resolver;
    private final ConsistencyChecker consistency;
    private final DeadlineSource deadlines;
    private final ChannelFit fit;

    public EscalationServices(LadderBook book, DeadlineSource deadlines, ClaimsSource claims,
                              DeadlineDateCalculator calendar) {
        this(book, deadlines, claims, calendar, OpenRoutes.UNKNOWN);
    }

    public EscalationServices(LadderBook book, DeadlineSource deadlines, ClaimsSource claims,
                              DeadlineDateCalculator calendar, OpenRoutes routes) {
        this.book = book;
        this.deadlines = deadlines;
        this.fit = new ChannelFit(claims, deadlines);
        this.ladder = new EscalationLadder(book, deadlines, fit, routes);
        this.checker = new PreconditionChecker(claims);
        LetterResources letters = new LetterResources();
        this.drafter = new LetterDrafter(book, letters, calendar, claims, fit);
        this.consistency = new ConsistencyChecker(letters);
        this.resolver = new FinalAnswerResolver(ladder);
    }

    /** The shipped ladder on a rule book and calendar (the data folder's, or the built-in ones). */
    public static EscalationServices of(RuleBook ruleBook, WorkingDayCalendar calendar, Messages messages) {
        // one assessment decides both the routes still open and the interest line a letter may claim
        var assess = RuleBookClaims.assessor(ruleBook, calendar, messages);
        return new EscalationServices(LadderBook.standard(), new PlannedDeadlines(ruleBook, calendar, messages),
                new RuleBookClaims(ruleBook.claims(), assess), new CalendarDeadlineDates(calendar),
                (c, now) -> {
                    Assessment a = assess.apply(c, now);
                    return a == null ? null : a.routes().stream().map(Assessment.Route::channel)
                            .collect(java.util.stream.Collectors.toSet());
                });
    }

    /** The shipped ladder, rule book and holiday calendar. */
    public static EscalationServices builtIn(Messages messages) {
        return of(RuleBooks.builtIn(), WorkingDayCalendars.bundled(), messages);
    }

    public LadderBook book() {
        return book;
    }

    public EscalationLadder ladder() {
        return ladder;
    }

    public PreconditionChecker checker() {
        return checker;
    }

    public LetterDrafter drafter() {
        return drafter;
    }

    public FinalAnswerResolver resolver() {
        return resolver;
    }

    public ConsistencyChecker consistency() {
        return consistency;
    }

    /** Whether a channel fits a case: the refusals of {@code letter} and the steps {@code next} leaves out. */
    public ChannelFit fit() {
        return fit;
    }

    public DeadlineSource deadlines() {
        return deadlines;
    }
}

package org.refunddesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.domain.CaseSummary;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.CaseProgress;
import org.refunddesk.rules.Assessment;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.caseload.CaseActivity;
import org.refunddesk.rules.caseload.SearchKey;
import org.refunddesk.rules.evidence.CorroborationChecker;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.i18n.Messages;

/**
 * Summaries from the same computation the case views make: {@link RuleEngine#assess} (verdict and deadlines)
 * and the evidence {@link CorroborationChecker} score. Explanations are never written (only the next
 * deadline's facts are kept), so the language does not matter.
 */
public final class RuleSummaryProjector implements SummaryProjector {
    /** Bumped when the summary's computation changes, so stored summaries are recomputed (3: pinyin initials in the key;
     * 4: the dashboard's aggregate columns, V21; 5: Home's columns, V26). */
    private static final String FORMAT = "summary/5";

    private final RuleEngine engine;
    private final java.util.function.Supplier<EvidenceChecklist> checklistSource;
    private volatile EvidenceChecklist checklist;
    private volatile CorroborationChecker checker;
    private final Messages messages = Messages.forTag("zh");
    private volatile String version;

    public RuleSummaryProjector(RuleEngine engine, EvidenceChecklist checklist) {
        this(engine, () -> checklist);
    }

    /** The checklist is read on first use: a command that never summarises never parses it. */
    public RuleSummaryProjector(RuleEngine engine, java.util.function.Supplier<EvidenceChecklist> checklist) {
        this.engine = engine;
        this.checklistSource = checklist;
    }

    private EvidenceChecklist checklist() {
        EvidenceChecklist c = checklist;
        if (c == null) {
            c = checklistSource.get();
            checklist = c;
        }
        return c;
    }

    private CorroborationChecker checker() {
        CorroborationChecker c = checker;
        if (c == null) {
            c = new CorroborationChecker(checklist());
            checker = c;
        }
        return c;
    }

    @Override
    public String version() {
        String v = version;
        if (v == null) {
            v = FORMAT + ";rules=" + engine.ruleBook().version() + ";calendar="
                    + Integer.toHexString(engine.calendar().sources().hashCode()) + ";checklist=" + checklist().version();
            version = v;
        }
        return v;
    }

    @Override
    public CaseSummary summarise(RefundCase c, List<EvidenceItem> evidence, Instant now) {
        // without a problem there is nothing to assess (no verdict), but purchase and events still start clocks
        Assessment assessment = c.problem() == null ? null : engine.assess(c, now, messages);
        List<Deadline> deadlines = assessment == null ? engine.plan(c, now, messages) : assessment.deadlines();
        Deadline next = null;
        Instant soonest = null;
        Instant recomputeAt = null;
        int open = 0;
        // the agenda and dashboard list the planner's deadlines (as they did planning whole cases)
        List<Deadline> planned = assessment == null ? deadlines : engine.plan(c, now, messages);
        List<Deadline> dated = new ArrayList<>();
        for (Deadline d : planned) {
            if (d.dueAt() != null && (d.state() == DeadlineState.OPEN || d.state() == DeadlineState.MISSED)) {
                dated.add(withoutExplanation(d));
            }
            if (d.dueAt() != null && d.dueAt().isAfter(now) && (recomputeAt == null || d.dueAt().isBefore(recomputeAt))) {
                recomputeAt = d.dueAt();
            }
        }
        // an event dated later than now starts counting when that moment comes: recompute then too
        for (org.refunddesk.domain.CaseEvent e : c.events()) {
            if (e.at() != null && e.at().isAfter(now) && (recomputeAt == null || e.at().isBefore(recomputeAt))) {
                recomputeAt = e.at();
            }
        }
        for (Deadline d : deadlines) {
            if (d.state() == DeadlineState.OPEN && d.dueAt() != null) {
                open++;
                soonest = soonest == null || d.dueAt().isBefore(soonest) ? d.dueAt() : soonest;
                if (next == null || (assessment == null && d.dueAt().isBefore(next.dueAt()))) {
                    next = d;
                }
            }
            if (d.dueAt() != null && d.dueAt().isAfter(now) && (recomputeAt == null || d.dueAt().isBefore(recomputeAt))) {
                recomputeAt = d.dueAt();
            }
        }
        if (assessment != null) {
            next = assessment.nextOpenDeadline().orElse(null); // the list's own choice, exactly
        }
        Deadline shown = next == null ? null : withoutExplanation(next);
        CaseActivity activity = CaseActivity.of(c);
        return new CaseSummary(c.id(), c.title(), c.status(), c.assignee(),
                c.platform() == null ? null : c.platform().name(),
                c.purchase() == null ? null : c.purchase().product(),
                c.purchase() == null ? null : c.purchase().amount(),
                c.purchase() == null ? null : c.purchase().orderNo(),
                c.consumer().name(), c.consumer().phone(), c.tags(),
                c.problem() == null ? null : c.problem().kind(), c.createdAt(), c.updatedAt(),
                assessment == null ? null : assessment.verdict(), shown, open, soonest, checker().check(c, evidence).score(), searchKey(c), recomputeAt,
                version(), dated, activity.lastActivity(), activity.refunds(),
                CaseProgress.waitsForYou(c) ? CaseProgress.nextStep(c, -1, false, true).name() : null);
    }

    private static Deadline withoutExplanation(Deadline d) {
        return new Deadline(d.rule(), d.startAt(), d.dueAt(), d.state(), d.basis(), d.estimate(), "", d.sourceEventId());
    }

    /** What the search box looks in (see {@link SearchKey#forCase}). */
    public static String searchKey(RefundCase c) {
        return SearchKey.forCase(c);
    }
}

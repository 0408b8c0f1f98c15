package org.refunddesk.ui.wizard.eligibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.rules.Assessment;
import org.refunddesk.rules.EligibilityAssessor;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.DueTimes;
import org.refunddesk.ui.timeline.TimelineEntries;

/** The wizard's result from the rule engine's {@link EligibilityAssessor}, put in the words of the result page. */
public final class RuleEngineEligibility implements EligibilityCheck {
    static final int NEXT_DEADLINES = 3;
    private final RuleEngine engine;
    private final Messages messages;

    public RuleEngineEligibility(RuleEngine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
    }

    @Override
    public ResultSummary check(RefundCase candidate, Instant now) {
        Assessment a = engine.assess(candidate, now, messages);
        String sentence = messages.get("wizard.result.sentence", messages.of(a.verdict()), messages.of(a.responsible()));
        List<String> warnings = new ArrayList<>();
        for (Assessment.Flag flag : a.redFlags()) {
            warnings.add(isUserFlag(flag.flag()) ? messages.get("wizard.flag.warning." + flag.flag()) : flag.text());
        }
        List<String> reasons = a.reasons().stream()
                .map(r -> r.basis() == null || r.basis().isBlank() ? r.text()
                        : messages.get("wizard.result.reason", r.text(), r.basis()))
                .toList();
        // the route texts of the rule book name their channel already ("platform refund entry: order details -> ...")
        List<String> routes = a.routes().stream().map(Assessment.Route::text).toList();
        // what the consumer can demand; the court fee is a cost of suing and stays among the reasons (issue 11 §3)
        Assessment.Claims c = a.claims();
        List<String> claims = new ArrayList<>();
        claims.add(messages.get(c.partlyRefunded() ? "wizard.result.claim.outstanding" : "wizard.result.claim.refund",
                Money.format(c.outstanding()), Money.format(c.refundsReceived())));
        if (c.interest() != null) {
            claims.add(messages.get("wizard.result.claim.interest", c.interest().text(), c.interest().basis()));
        }
        if (c.punitive() != null) {
            claims.add(messages.get("wizard.result.claim.punitive", Money.format(c.punitive()),
                    c.punitiveCondition() == null ? "" : c.punitiveCondition().mustProve()));
        }
        List<ResultSummary.DeadlineLine> next = a.deadlines().stream()
                .filter(d -> d.state() == DeadlineState.OPEN)
                .limit(NEXT_DEADLINES)
                .map(d -> new ResultSummary.DeadlineLine(d.rule(), TimelineEntries.ruleName(d.rule(), messages),
                        DueTimes.format(d.dueAt()), DueTimes.countdown(now, d.dueAt(), messages)))
                .toList();
        StoredAssessment stored = a.toStored(now);
        return new ResultSummary(sentence, warnings, reasons, routes, claims, next, a.rulebookVersion(), stored,
                candidate.withAssessment(stored));
    }

    private static boolean isUserFlag(String name) {
        for (RedFlag f : RedFlag.values()) {
            if (f.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}

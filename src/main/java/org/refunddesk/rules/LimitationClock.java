package org.refunddesk.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;

/**
 * The 3-year limitation period (Civil Code art. 188, 195; SPC limitation rules art. 8, 12-14): from
 * discovery (else payment), restarted by each demand to the business, acknowledgement, partial
 * payment, or complaint to a body that counts — but never by a complaint to a payment provider, an
 * industry body or a public site, and never once it has run out (err on the earlier date: a consumer
 * who thinks they have more time loses the claim). Met by a full refund or closing the case.
 */
final class LimitationClock {
    private LimitationClock() {
    }

    static void plan(PlanningRule planning, PlanContext ctx, List<Deadline> out) {
        DeadlineRule rule = planning.rule;
        String startField = rule.start().from();
        Instant first = ctx.field(startField);
        String label = ctx.fieldLabel(startField);
        if (first == null && rule.start().fallback() != null) {
            first = ctx.field(rule.start().fallback());
            label = ctx.fieldLabel(rule.start().fallback());
        }
        if (first == null) {
            return;
        }
        Phrases p = ctx.phrases();
        DateCounter.Count count = ctx.counter.count(first, rule.length(), rule.unit());
        UUID source = null;
        List<DeadlineExplanation.LimitationNote> notes = List.of(); // most cases have none: no list then
        CaseEvent met = null;
        BigDecimal amount = ctx.refundCase.purchase() == null ? null : ctx.refundCase.purchase().amount();
        BigDecimal received = Money.ZERO;
        for (int i = 0; i < ctx.events.size(); i++) {
            CaseEvent e = ctx.events.get(i);
            if (e.at().isBefore(first) || met != null) {
                continue;
            }
            boolean fullRefund = false;
            if (e.type() == EventType.REFUND_RECEIVED) {
                received = received.add(Refunds.amountOf(e, amount));
                fullRefund = amount == null || e.amount() == null || received.compareTo(amount) >= 0;
            }
            if ((fullRefund && rule.metBy().fullRefund()) || planning.metBy(e)) {
                met = e;
                continue;
            }
            boolean complaint = e.type() == EventType.COMPLAINT_FILED;
            boolean restarts = complaint ? planning.restartsByComplaintOn(e.channel())
                    : planning.restartsBy(e.type());
            Template said = null;
            if (complaint && !restarts) {
                said = p.notRestart;
            } else if (restarts && !e.at().isBefore(count.dueAt())) {
                said = p.afterExpiry;
            } else if (restarts) {
                said = p.restart;
                count = ctx.counter.count(e.at(), rule.length(), rule.unit());
                source = e.id();
            }
            if (said != null && ctx.explain) {
                if (notes.isEmpty()) {
                    notes = new ArrayList<>(2);
                }
                notes.add(new DeadlineExplanation.LimitationNote(said, e));
            }
        }
        out.add(ctx.deadline(rule, count, DeadlineExplanation.Start.field(label, first), notes, source != null,
                DeadlineExplanation.Variant.NONE, met, source));
    }
}

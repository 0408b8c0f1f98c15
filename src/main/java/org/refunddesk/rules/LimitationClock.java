package org.refunddesk.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;

/**
 * The 3-year limitation period (Civil Code art. 188, 195; SPC limitation rules art. 8, 12-14): from
 * discovery (else payment), restarted only by the acts the rule book lists, each on the channels that
 * count: a demand that reached the business, a filing with a body the law counts, the business agreeing
 * to perform or paying part. Never by a payment provider, an industry body, a complaint site, a demand
 * whose addressee is not recorded, a voided event, nor anything after the period ran out (err on the
 * earlier date: a consumer who thinks they have more time loses the claim). Every restart and every
 * passed-over event is named in the explanation with its reason. Met by a full refund or closing the case.
 */
final class LimitationClock {
    private LimitationClock() {
    }

    static void plan(PlanningRule planning, PlanContext ctx, List<Deadline> out) {
        DeadlineRule rule = planning.rule;
        DeadlineRule.Restart restart = rule.restart();
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
            if (!restart.considers(e.type())) {
                continue;
            }
            DeadlineRule.Act act = restart.actFor(e.type(), e.channel());
            DeadlineExplanation.LimitationNote note;
            if (!e.at().isBefore(count.dueAt())) {
                note = new DeadlineExplanation.LimitationNote(p.afterExpiry, e, null);
            } else if (act == null) {
                note = new DeadlineExplanation.LimitationNote(p.notRestart, e, p.notRestartWhy(e.channel()));
            } else {
                count = ctx.counter.count(e.at(), rule.length(), rule.unit());
                source = e.id();
                note = new DeadlineExplanation.LimitationNote(p.restart, e, p.restartWhy(act.kind()));
            }
            if (ctx.explain) {
                if (notes.isEmpty()) {
                    notes = new ArrayList<>(2);
                }
                notes.add(note);
            }
        }
        if (ctx.explain) {
            notes = withVoided(ctx, restart, first, notes);
        }
        out.add(ctx.deadline(rule, count, DeadlineExplanation.Start.field(label, first), notes, source != null,
                DeadlineExplanation.Variant.NONE, met, source));
    }

    /** Voided events of a kind that could restart the period are named too, so the user sees they were left out. */
    private static List<DeadlineExplanation.LimitationNote> withVoided(PlanContext ctx, DeadlineRule.Restart restart,
                                                                       Instant first,
                                                                       List<DeadlineExplanation.LimitationNote> notes) {
        List<CaseEvent> all = ctx.refundCase.events();
        if (all.size() == ctx.refundCase.effectiveEvents().size()) {
            return notes; // nothing voided
        }
        Map<UUID, CaseEvent> byId = new HashMap<>();
        for (CaseEvent e : all) {
            byId.put(e.id(), e);
        }
        List<DeadlineExplanation.LimitationNote> merged = new ArrayList<>(notes);
        for (CaseEvent v : all) {
            if (v.type() != EventType.EVENT_VOIDED || v.voids() == null || v.at() == null || v.at().isAfter(ctx.now)) {
                continue;
            }
            CaseEvent voided = byId.get(v.voids());
            if (voided != null && voided.at() != null && !voided.at().isBefore(first) && restart.considers(voided.type())) {
                merged.add(new DeadlineExplanation.LimitationNote(ctx.phrases().voided, voided, null));
            }
        }
        if (merged.size() == notes.size()) {
            return notes;
        }
        merged.sort(Comparator.comparing(n -> n.event().at()));
        return merged;
    }
}

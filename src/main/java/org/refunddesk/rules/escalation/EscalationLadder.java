package org.refunddesk.rules.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.RefundCase;

/**
 * Proposes the next rung of the ladder for a case (DOMAIN.md §5). The order and the conditions are
 * data ({@link LadderBook}); this class only walks them: pick the case's route, skip steps taken or
 * not fitting, and note a step whose answer clock is still open so the user knows what to wait for.
 */
public final class EscalationLadder {
    private final LadderBook book;
    private final DeadlineSource deadlines;
    private final ChannelFit fit;
    private final OpenRoutes routes;

    public EscalationLadder(LadderBook book, DeadlineSource deadlines) {
        this(book, deadlines, null, OpenRoutes.UNKNOWN);
    }

    /**
     * With {@code fit}, steps a letter would be refused for are never proposed (issue 12); with
     * {@code routes}, nor steps the eligibility assessment no longer counts as open (issue 11).
     */
    public EscalationLadder(LadderBook book, DeadlineSource deadlines, ChannelFit fit, OpenRoutes routes) {
        this.book = book;
        this.deadlines = deadlines;
        this.fit = fit;
        this.routes = routes == null ? OpenRoutes.UNKNOWN : routes;
    }

    public LadderBook book() {
        return book;
    }

    /** The next step for the case at "now"; {@code suspectedFraud} is the user's own judgement (red flags also count). */
    public Recommendation next(RefundCase refundCase, Instant now, boolean suspectedFraud) {
        StepHistory history = StepHistory.of(refundCase);
        Condition.Facts facts = factsOf(refundCase, history, suspectedFraud);
        LadderRoute route = book.routeFor(facts);
        List<TakenStep> taken = history.taken();
        if (history.resolved()) {
            return new Recommendation(route.id(), Optional.empty(), List.of(Reason.of("escalation.reason.resolved")),
                    List.of(), taken, Optional.empty(), true);
        }
        Optional<Recommendation.Waiting> waiting = openClock(refundCase, now, history);
        Optional<TakenStep> inCourt = history.step(Channel.SMALL_CLAIMS_COURT).filter(t -> !t.outcome().isFinal());
        if (inCourt.isPresent()) {
            // a filed suit decides the dispute: wait for the judgment instead of writing to the platform again
            List<Reason> reasons = new ArrayList<>();
            waiting.ifPresent(w -> reasons.add(Reason.of("escalation.reason.waiting", w.channel(), new RuleName(w.rule()), w.dueAt())));
            reasons.add(Reason.of("escalation.reason.awaitJudgment", inCourt.get().filedAt()));
            return new Recommendation(route.id(), Optional.empty(), reasons, List.of(), taken, waiting, false);
        }

        List<LadderStep> open = new ArrayList<>();
        List<Recommendation.Refused> refused = new ArrayList<>();
        java.util.Set<Channel> assessed = routes.open(refundCase, now);
        route.order().stream()
                .filter(c -> !history.hasTaken(c))
                .map(book::step)
                .filter(s -> s.fits().holds(facts))
                .forEach(s -> {
                    List<Reason> why = new ArrayList<>(fit == null ? List.of()
                            : fit.refusals(refundCase, s.channel(), now, suspectedFraud));
                    if (assessed != null && !assessed.isEmpty() && !assessed.contains(s.channel())) {
                        why.add(Reason.of("escalation.reason.notAnOpenRoute"));
                    }
                    if (why.isEmpty()) {
                        open.add(s);
                    } else {
                        refused.add(new Recommendation.Refused(s, why));
                    }
                });
        Optional<LadderStep> recommended = open.stream().filter(s -> s.recommendWhen().holds(facts)).findFirst();
        List<Recommendation.Option> alternatives = new ArrayList<>();
        for (LadderStep s : open) {
            if (recommended.isPresent() && recommended.get() == s) {
                continue;
            }
            boolean recommendable = s.recommendWhen().holds(facts);
            alternatives.add(new Recommendation.Option(s, Reason.of(whyKey(s.channel(), recommendable))));
        }

        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of("escalation.route." + route.id()));
        recommended.ifPresentOrElse(
                s -> reasons.add(Reason.of(whyKey(s.channel(), true))),
                () -> reasons.add(Reason.of("escalation.reason.exhausted")));
        if (fit != null) {
            open.forEach(s -> reasons.addAll(fit.warnings(refundCase, s.channel(), now)));
        }
        waiting.ifPresent(w -> reasons.add(0, Reason.of("escalation.reason.waiting", w.channel(), new RuleName(w.rule()), w.dueAt())));
        return new Recommendation(route.id(), recommended, reasons, alternatives, taken, waiting, false, refused);
    }

    private static String whyKey(Channel channel, boolean recommendable) {
        return "escalation.why." + channel + (recommendable ? "" : ".notRecommended");
    }

    static Condition.Facts factsOf(RefundCase c, StepHistory history, boolean suspectedFraud) {
        return new Condition.Facts(
                c.problem() == null ? null : c.problem().kind(),
                c.platform() == null ? null : c.platform().status(),
                c.purchase() == null ? null : c.purchase().payment(),
                c.purchase() == null ? null : c.purchase().amount(),
                suspectedFraud || !c.redFlags().isEmpty(),
                history.acceptedOn());
    }

    /** The earliest open answer clock of a step that has no final answer yet. */
    private Optional<Recommendation.Waiting> openClock(RefundCase c, Instant now, StepHistory history) {
        List<Deadline> all = deadlines.deadlines(c, now);
        List<Recommendation.Waiting> open = new ArrayList<>();
        for (TakenStep t : history.taken()) {
            if (t.outcome().isFinal()) {
                continue;
            }
            List<String> clocks = book.find(t.channel()).map(LadderStep::clocks).orElse(List.of());
            all.stream()
                    .filter(d -> clocks.contains(d.rule()) && d.state() == DeadlineState.OPEN)
                    .filter(d -> d.sourceEventId() == null || t.eventIds().contains(d.sourceEventId()))
                    .filter(d -> d.dueAt() != null && d.dueAt().isAfter(now))
                    .forEach(d -> open.add(new Recommendation.Waiting(t.channel(), d.rule(), d.dueAt())));
        }
        return open.stream().min(Comparator.comparing(Recommendation.Waiting::dueAt));
    }
}

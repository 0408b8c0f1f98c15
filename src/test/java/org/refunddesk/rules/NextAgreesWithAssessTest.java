package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.escalation.LadderStep;
import org.refunddesk.rules.escalation.Reason;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.escalation.Recommendation;
import org.refunddesk.rules.escalation.StepHistory;
import org.refunddesk.rules.i18n.Messages;

/**
 * {@code next} never contradicts {@code assess} (issue 11 acceptance, issue 12): both run over every
 * case of the eligibility table and the recommendation is compared with the assessment.
 */
class NextAgreesWithAssessTest {
    private static final Messages ZH = new Messages(Messages.CHINESE);
    private final EscalationServices services = EscalationServices.of(RuleBooks.builtIn(), WorkingDayCalendars.bundled(), ZH);

    static java.util.stream.Stream<EligibilityTableTest.Row> table() {
        return EligibilityTableTest.table();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theRecommendationNeverContradictsTheAssessment(EligibilityTableTest.Row row) {
        RefundCase c = row.setup().apply(CaseSketch.of(row.kind())).build();
        Instant now = CaseSketch.at(row.now());
        Assessment a = EligibilityAssessor.assess(c, now, RuleBooks.builtIn(), WorkingDayCalendars.bundled(), ZH);
        Recommendation r = services.ladder().next(c, now, false);
        List<Channel> offered = new java.util.ArrayList<>();
        r.recommendedChannel().ifPresent(offered::add);
        r.alternatives().forEach(o -> offered.add(o.step().channel()));
        ReasonText text = new ReasonText(ZH);
        List<String> said = r.reasons().stream().map(text::render).toList();

        // 12315 refuses a complaint more than three years after the consumer knew (SAMR art. 15)
        LocalDate knew = a.knewOfHarmAt().atZone(ReasonText.SHANGHAI).toLocalDate();
        if (now.atZone(ReasonText.SHANGHAI).toLocalDate().isAfter(knew.plusYears(3))) {
            assertThat(offered).as(row.toString()).doesNotContain(Channel.REGULATOR_12315);
        }
        // after the limitation period, a court step only with the warning about the defence (Civil Code 192-193)
        if (a.limitationExpired() && offered.contains(Channel.SMALL_CLAIMS_COURT)) {
            assertThat(said).as(row.toString()).anySatisfy(s -> assertThat(s).contains("抗辩"));
        }
        // a filed small-claims case waits for the judgment, not the platform
        boolean inCourt = StepHistory.of(c).step(Channel.SMALL_CLAIMS_COURT).filter(t -> !t.outcome().isFinal()).isPresent();
        if (inCourt) {
            assertThat(r.recommended()).as(row.toString()).isEmpty();
            assertThat(r.reasons()).extracting(Reason::key).contains("escalation.reason.awaitJudgment");
        }
        // nothing refunded in full is escalated; what assess leaves open is what next may offer
        if (a.claims().refund().signum() == 0) {
            assertThat(r.recommended()).as(row.toString()).isEmpty();
        }
        // a step next recommends is a channel assess still counts as open (or the step already under way there)
        Optional<LadderStep> step = r.recommended();
        if (step.isPresent() && !a.routes().isEmpty()) {
            assertThat(a.routes()).as(row + ": next recommends " + step.get().channel() + ", assess lists "
                    + a.routes().stream().map(Assessment.Route::channel).toList())
                    .extracting(Assessment.Route::channel).contains(step.get().channel());
        }
        // a step a letter would refuse is never recommended
        step.ifPresent(s -> assertThat(services.fit().refusals(c, s.channel(), now, false)).as(row.toString()).isEmpty());
    }
}

package org.refunddesk.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.refunddesk.rules.escalation.EscalationFixtures.withEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;

class EscalationLadderTest {
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final String THROUGH_CS = "REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM, DEMAND_SENT@CUSTOMER_SERVICE, COMPLAINT_ANSWERED@CUSTOMER_SERVICE";
    private final EscalationLadder ladder = new EscalationLadder(LadderBook.standard(), DeadlineSource.NONE);

    @ParameterizedTest(name = "{0} / {1} / {2} yuan / {3} / fraud={4} / [{5}] -> {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | -  | PLATFORM
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM | CUSTOMER_SERVICE
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | REFUND_REJECTED | CUSTOMER_SERVICE
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | THROUGH_CS | PAYMENT_PROVIDER
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | THROUGH_CS, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER | REGULATOR_12315
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | THROUGH_CS, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER, COMPLAINT_FILED@REGULATOR_12315, COMPLAINT_ANSWERED@REGULATOR_12315 | CONSUMER_ASSOCIATION
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | THROUGH_CS, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER, COMPLAINT_FILED@CONSUMER_ASSOCIATION, COMPLAINT_ACCEPTED@CONSUMER_ASSOCIATION | INDUSTRY_BODY
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | THROUGH_CS, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_FILED@REGULATOR_12315, COMPLAINT_FILED@CONSUMER_ASSOCIATION, COMPLAINT_FILED@INDUSTRY_BODY | COMPLAINT_SITE
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | THROUGH_CS, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_FILED@REGULATOR_12315, COMPLAINT_FILED@CONSUMER_ASSOCIATION, COMPLAINT_FILED@INDUSTRY_BODY, COMPLAINT_FILED@COMPLAINT_SITE | SMALL_CLAIMS_COURT
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | THROUGH_CS, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_FILED@REGULATOR_12315, COMPLAINT_FILED@CONSUMER_ASSOCIATION, COMPLAINT_FILED@INDUSTRY_BODY, COMPLAINT_FILED@COMPLAINT_SITE, COMPLAINT_FILED@SMALL_CLAIMS_COURT | -
            NOT_DELIVERED        | OPERATING    | 5000.00 | ALIPAY           | true  | THROUGH_CS, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_FILED@REGULATOR_12315, COMPLAINT_FILED@CONSUMER_ASSOCIATION, COMPLAINT_FILED@INDUSTRY_BODY, COMPLAINT_FILED@COMPLAINT_SITE, COMPLAINT_FILED@SMALL_CLAIMS_COURT, COMPLAINT_ANSWERED@SMALL_CLAIMS_COURT | POLICE
            NOT_DELIVERED        | OPERATING    | 5000.00 | ALIPAY           | true  | THROUGH_CS, COMPLAINT_FILED@SMALL_CLAIMS_COURT | -
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | COMPLAINT_FILED@SMALL_CLAIMS_COURT | -
            NOT_DELIVERED        | OPERATING    | 100.00  | PLATFORM_BALANCE | false | THROUGH_CS | REGULATOR_12315
            NOT_DELIVERED        | UNRESPONSIVE | 100.00  | ALIPAY           | false | -  | PLATFORM
            NOT_DELIVERED        | GONE         | 100.00  | ALIPAY           | false | -  | PAYMENT_PROVIDER
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | REFUND_RECEIVED | -
            NOT_DELIVERED        | OPERATING    | 100.00  | ALIPAY           | false | CASE_CLOSED | -
            WRONG_ITEM           | OPERATING    | 100.00  | WECHAT           | false | -  | PLATFORM
            WRONG_ITEM           | OPERATING    | 100.00  | WECHAT           | false | THROUGH_CS | PAYMENT_PROVIDER
            PLATFORM_FAULT       | OPERATING    | 100.00  | BANK_CARD        | false | -  | PLATFORM
            PLATFORM_FAULT       | OPERATING    | 100.00  | BANK_CARD        | false | REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM | CUSTOMER_SERVICE
            PLATFORM_GONE        | GONE         | 100.00  | ALIPAY           | false | -  | PAYMENT_PROVIDER
            PLATFORM_GONE        | OPERATING    | 100.00  | ALIPAY           | false | -  | PAYMENT_PROVIDER
            PLATFORM_GONE        | GONE         | 100.00  | ALIPAY           | false | COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER | REGULATOR_12315
            PLATFORM_GONE        | GONE         | 5000.00 | ALIPAY           | false | COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER | POLICE
            PLATFORM_GONE        | GONE         | 5000.00 | ALIPAY           | false | COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_FILED@POLICE | REGULATOR_12315
            PLATFORM_GONE        | GONE         | 100.00  | PLATFORM_BALANCE | false | -  | REGULATOR_12315
            FALSE_ADVERTISING    | OPERATING    | 100.00  | ALIPAY           | false | -  | PLATFORM
            FALSE_ADVERTISING    | OPERATING    | 100.00  | ALIPAY           | false | THROUGH_CS, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER | REGULATOR_12315
            FEE_DEDUCTED         | OPERATING    | 100.00  | ALIPAY           | false | -  | PLATFORM
            PAYMENT_NOT_RECEIVED | OPERATING    | 100.00  | BANK_CARD        | false | -  | PAYMENT_PROVIDER
            PAYMENT_NOT_RECEIVED | OPERATING    | 100.00  | BANK_CARD        | false | COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER | CUSTOMER_SERVICE
            DUPLICATE_PURCHASE   | OPERATING    | 100.00  | ALIPAY           | false | -  | PLATFORM
            DUPLICATE_PURCHASE   | OPERATING    | 100.00  | ALIPAY           | false | REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM | CUSTOMER_SERVICE
            WRONG_PACKAGE        | OPERATING    | 100.00  | ALIPAY           | false | -  | PLATFORM
            WRONG_ACCOUNT        | OPERATING    | 100.00  | ALIPAY           | false | -  | PLATFORM
            CHANGED_MIND         | OPERATING    | 100.00  | ALIPAY           | false | -  | PLATFORM
            CHANGED_MIND         | OPERATING    | 100.00  | ALIPAY           | false | THROUGH_CS | -
            """)
    void recommendedNextStepMatchesTheTable(ProblemKind kind, PlatformStatus status, String amount,
                                            PaymentChannel payment, boolean fraud, String events, String expected) {
        RefundCase c = EscalationFixtures.with(kind, status, amount, payment);
        if (fraud) {
            c = c.withRedFlags(List.of(RedFlag.PRIVATE_TRANSFER));
        }
        c = withEvents(c, events == null ? null : events.replace("THROUGH_CS", THROUGH_CS));

        Recommendation r = ladder.next(c, NOW, false);

        assertThat(r.recommendedChannel().map(Enum::name).orElse(null)).isEqualTo(expected);
    }

    static Stream<Arguments> goneCases() {
        return Stream.of(ProblemKind.values()).flatMap(kind -> Stream.of(PlatformStatus.values())
                .filter(status -> kind == ProblemKind.PLATFORM_GONE || status == PlatformStatus.GONE)
                .flatMap(status -> Stream.of("10.00", "3000.00", "20000.00")
                        .flatMap(amount -> Stream.of(PaymentChannel.values())
                                .map(payment -> Arguments.of(kind, status, amount, payment)))));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / {3}")
    @MethodSource("goneCases")
    void aGonePlatformNeverGetsTheRefundEntryFirstNorAsAnAlternative(ProblemKind kind, PlatformStatus status,
                                                                      String amount, PaymentChannel payment) {
        Recommendation r = ladder.next(EscalationFixtures.with(kind, status, amount, payment), NOW, false);

        assertThat(r.recommendedChannel()).isPresent().get().isNotEqualTo(Channel.PLATFORM);
        assertThat(r.alternatives()).extracting(o -> o.step().channel()).doesNotContain(Channel.PLATFORM);
        assertThat(r.reasons().get(0).key()).isEqualTo("escalation.route.PLATFORM_GONE");
    }

    @Test
    void policeBelowTheFraudThresholdIsOfferedAsAnAlternativeNamingTheThreshold() {
        RefundCase c = EscalationFixtures.with(ProblemKind.PLATFORM_GONE, PlatformStatus.GONE, "800.00",
                PaymentChannel.ALIPAY);

        Recommendation r = ladder.next(c, NOW, false);

        assertThat(r.alternatives()).filteredOn(o -> o.step().channel() == Channel.POLICE)
                .singleElement().extracting(o -> o.why().key()).isEqualTo("escalation.why.POLICE.notRecommended");
    }

    @Test
    void policeIsNotOfferedForAnOrdinaryCaseWithoutSuspectedFraud() {
        Recommendation r = ladder.next(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), NOW, false);

        assertThat(r.alternatives()).extracting(o -> o.step().channel()).doesNotContain(Channel.POLICE);
        assertThat(ladder.next(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), NOW, true).alternatives())
                .extracting(o -> o.step().channel()).contains(Channel.POLICE);
    }

    @Test
    void stepsTakenCarryTheirOutcomesAndTicketNumbers() {
        RefundCase c = withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                "REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM");
        Instant filed = c.events().get(1).at().plus(Duration.ofDays(1));
        c = c.withEvent(CaseEvent.of(EventType.COMPLAINT_FILED, filed, Channel.REGULATOR_12315).withRef("T-12315-88"))
                .withEvent(CaseEvent.of(EventType.COMPLAINT_ACCEPTED, filed.plus(Duration.ofDays(2)), Channel.REGULATOR_12315));

        Recommendation r = ladder.next(c, NOW, false);

        assertThat(r.taken()).extracting(TakenStep::channel, TakenStep::outcome, TakenStep::ref)
                .containsExactly(tuple(Channel.PLATFORM, StepOutcome.REJECTED, null),
                        tuple(Channel.REGULATOR_12315, StepOutcome.ACCEPTED, "T-12315-88"));
        assertThat(r.taken().get(1).filedAt()).isEqualTo(filed);
    }

    @Test
    void anOpenAnswerClockOfAFiledStepIsShownAsWaiting() {
        RefundCase c = withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                THROUGH_CS + ", COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER, COMPLAINT_FILED@REGULATOR_12315");
        var filing = c.events().get(c.events().size() - 1);
        Instant due = filing.at().plus(Duration.ofDays(9));
        DeadlineSource planner = (rc, now) -> List.of(new Deadline("REGULATOR_ACCEPTANCE", filing.at(), due,
                DeadlineState.OPEN, "SAMR art. 14", false, "", filing.id()));
        EscalationLadder withClock = new EscalationLadder(LadderBook.standard(), planner);

        Recommendation r = withClock.next(c, filing.at().plus(Duration.ofDays(1)), false);

        assertThat(r.waiting()).contains(new Recommendation.Waiting(Channel.REGULATOR_12315, "REGULATOR_ACCEPTANCE", due));
        assertThat(r.reasons().get(0).key()).isEqualTo("escalation.reason.waiting");
        assertThat(r.recommendedChannel()).contains(Channel.CONSUMER_ASSOCIATION);
    }

    @Test
    void theRuleEnginesAcceptanceClockOfA12315FilingIsWaitedForAcrossNationalDay() {
        RefundCase c = withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                THROUGH_CS + ", COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER, COMPLAINT_FILED@REGULATOR_12315");
        Instant filed = c.events().get(c.events().size() - 1).at();
        assertThat(filed).isEqualTo(java.time.OffsetDateTime.parse("2026-09-22T10:00:00+08:00").toInstant());
        EscalationServices services = EscalationServices.builtIn(new org.refunddesk.rules.i18n.Messages(
                org.refunddesk.rules.i18n.Messages.CHINESE));

        Recommendation r = services.ladder().next(c, filed.plus(Duration.ofDays(1)), false);

        // 7 working days: 09-23, 09-24, 09-28, 09-29, 09-30, 10-08, 10-09 (Mid-Autumn and National Day skipped)
        assertThat(r.waiting()).contains(new Recommendation.Waiting(Channel.REGULATOR_12315, "REGULATOR_ACCEPTANCE",
                java.time.OffsetDateTime.parse("2026-10-10T00:00:00+08:00").toInstant()));
    }

    @Test
    void aFinalAnswerMovesStraightToTheNextStepWithoutWaitingForTheClock() {
        RefundCase c = withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), "REFUND_APPLIED@PLATFORM");
        var applied = c.events().get(0);
        DeadlineSource planner = (rc, now) -> List.of(new Deadline("REVIEW_FOLLOW_UP", applied.at(),
                applied.at().plus(Duration.ofDays(5)), DeadlineState.OPEN, "", false, "", applied.id()));
        EscalationLadder withClock = new EscalationLadder(LadderBook.standard(), planner);
        Instant soon = applied.at().plus(Duration.ofHours(5));
        assertThat(withClock.next(c, soon, false).waiting()).isPresent();

        FinalAnswerResolver.Resolution res = new FinalAnswerResolver(withClock)
                .finalAnswer(c, Channel.PLATFORM, EventType.REFUND_REJECTED, soon, "R-1", " 拒绝：虚拟商品不退 ", soon, false);

        assertThat(res.event().type()).isEqualTo(EventType.REFUND_REJECTED);
        assertThat(res.event().channel()).isEqualTo(Channel.PLATFORM);
        assertThat(res.event().note()).isEqualTo("拒绝：虚拟商品不退");
        assertThat(res.updated().events()).contains(res.event());
        assertThat(res.next().waiting()).isEmpty();
        assertThat(res.next().recommendedChannel()).contains(Channel.CUSTOMER_SERVICE);
    }

    @Test
    void onlyAnswersAndRejectionsAreFinalAnswers() {
        FinalAnswerResolver resolver = new FinalAnswerResolver(ladder);
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);

        assertThatThrownBy(() -> resolver.finalAnswer(c, Channel.PLATFORM, EventType.COMPLAINT_ACCEPTED, NOW, null,
                null, NOW, false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMPLAINT_ACCEPTED");
    }

    @Test
    void everyStepOfTheLadderCarriesClocksItsBasisAndPreconditionsFromTheData() {
        LadderBook book = LadderBook.standard();

        assertThat(book.steps()).extracting(LadderStep::channel).containsExactly(Channel.values());
        assertThat(book.step(Channel.PLATFORM).clocks()).contains("REVIEW_FOLLOW_UP");
        assertThat(book.step(Channel.PAYMENT_PROVIDER).clocks()).containsExactly("PAYMENT_DISPUTE_RESULT");
        assertThat(book.step(Channel.REGULATOR_12315).clocks()).containsExactly("REGULATOR_ACCEPTANCE", "REGULATOR_MEDIATION");
        assertThat(book.step(Channel.SMALL_CLAIMS_COURT).clocks()).containsExactly("SMALL_CLAIMS_JUDGMENT");
        assertThat(book.steps()).allSatisfy(s -> {
            assertThat(s.basis()).isNotEmpty().allSatisfy(b -> assertThat(b.zh()).isNotBlank());
            assertThat(s.basis()).allSatisfy(b -> assertThat(b.en()).isNotBlank());
            assertThat(s.preconditions()).contains(Precondition.EVIDENCE_GAPS);
        });
        assertThat(book.step(Channel.POLICE).basis().get(0).zh()).contains("3000元至10000元");
        assertThat(book.version()).isNotBlank();
    }
}

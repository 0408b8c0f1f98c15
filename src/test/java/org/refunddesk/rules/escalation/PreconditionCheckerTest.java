package org.refunddesk.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.escalation.EscalationFixtures.withEvents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

class PreconditionCheckerTest {
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private final LadderBook book = LadderBook.standard();
    private final PreconditionChecker checker = new PreconditionChecker(new RuleBookClaims(RuleBooks.builtIn().claims()));
    private final ReasonText zh = new ReasonText(new Messages(Messages.CHINESE));
    private final ReasonText en = new ReasonText(new Messages(Messages.ENGLISH));

    private List<CheckResult> check(RefundCase c, Channel channel, CheckInput input) {
        return checker.check(c, book.step(channel), input);
    }

    private static CheckResult only(List<CheckResult> results, Precondition p, CheckResult.Status status) {
        return results.stream().filter(r -> r.precondition() == p && r.status() == status).findFirst()
                .orElseThrow(() -> new AssertionError("no " + status + " for " + p + " in " + results));
    }

    @Test
    void twelve315WithoutTheBusinessAddressFailsAndSaysToFillItInTheCaseEditor() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);
        Platform p = c.platform();
        c = new RefundCase(c.id(), c.title(), c.consumer(), null, List.of(),
                new Platform(p.name(), p.url(), p.model(), p.status(), "  "), c.purchase(), c.problem(), c.events(),
                null, List.of(), null, null, null);

        List<CheckResult> results = check(c, Channel.REGULATOR_12315, CheckInput.at(NOW));

        CheckResult failed = only(results, Precondition.BUSINESS_ADDRESS, CheckResult.Status.FAILED);
        assertThat(failed.fix()).isEqualTo(FixTarget.EDIT_PLATFORM_ADDRESS);
        assertThat(zh.render(failed.message())).contains("在案件编辑中填写商家注册地址").contains("第9条");
        assertThat(en.render(failed.message())).contains("registered address in the case editor");
        assertThat(PreconditionChecker.ready(results)).isFalse();
    }

    @Test
    void twelve315MoreThanThreeYearsAfterTheConsumerKnewFailsNamingArticle15AndTheDateToCorrect() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);
        Instant knew = OffsetDateTime.parse("2022-11-20T09:00:00+08:00").toInstant();
        c = withProblemFoundAt(c, knew);
        Instant now = OffsetDateTime.parse("2025-11-21T09:00:00+08:00").toInstant();

        CheckResult failed = only(check(c, Channel.REGULATOR_12315, CheckInput.at(now)),
                Precondition.WITHIN_THREE_YEARS, CheckResult.Status.FAILED);

        assertThat(failed.fix()).isEqualTo(FixTarget.EDIT_PROBLEM);
        assertThat(zh.render(failed.message())).contains("2022-11-20").contains("2025-11-20")
                .contains("第15条第4项").contains("在案件编辑中更正“发现问题时间”");
    }

    @Test
    void twelve315OnTheLastDayOfTheThreeYearsIsStillAccepted() {
        RefundCase c = withProblemFoundAt(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                OffsetDateTime.parse("2022-11-20T09:00:00+08:00").toInstant());
        Instant lastDay = OffsetDateTime.parse("2025-11-20T23:59:00+08:00").toInstant();

        assertThat(check(c, Channel.REGULATOR_12315, CheckInput.at(lastDay)))
                .filteredOn(r -> r.precondition() == Precondition.WITHIN_THREE_YEARS)
                .extracting(CheckResult::status).containsExactly(CheckResult.Status.OK);
    }

    @Test
    void twelve315WarnsWhenTheConsumerAssociationHasAlreadyAcceptedTheDispute() {
        RefundCase c = withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                "COMPLAINT_FILED@CONSUMER_ASSOCIATION, COMPLAINT_ACCEPTED@CONSUMER_ASSOCIATION");

        CheckResult warning = only(check(c, Channel.REGULATOR_12315, CheckInput.at(NOW)),
                Precondition.NOT_ACCEPTED_ELSEWHERE, CheckResult.Status.WARNING);

        assertThat(warning.fix()).isEqualTo(FixTarget.CASE_EVENTS);
        assertThat(zh.render(warning.message())).contains("消费者协会").contains("第15条第2项")
                .contains("请等待消费者协会的处理结果").contains("在案件事件中记录");
    }

    @Test
    void anAcceptanceByTheRegulatorItselfIsNoReasonToWarn() {
        RefundCase c = withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                "COMPLAINT_FILED@REGULATOR_12315, COMPLAINT_ACCEPTED@REGULATOR_12315");

        assertThat(check(c, Channel.REGULATOR_12315, CheckInput.at(NOW)))
                .filteredOn(r -> r.precondition() == Precondition.NOT_ACCEPTED_ELSEWHERE)
                .extracting(CheckResult::status).containsExactly(CheckResult.Status.OK);
    }

    @Test
    void aPaymentDisputeNeedsTheTransactionReference() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);
        Purchase p = c.purchase();
        c = withPurchase(c, new Purchase(p.orderNo(), p.product(), p.delivery(), p.amount(), p.paidAt(), p.payment(),
                null, p.targetAccount(), p.advertisedValidity()));

        CheckResult failed = only(check(c, Channel.PAYMENT_PROVIDER, CheckInput.at(NOW)),
                Precondition.TRANSACTION_REF, CheckResult.Status.FAILED);

        assertThat(failed.fix()).isEqualTo(FixTarget.EDIT_PAYMENT_REF);
        assertThat(zh.render(failed.message())).contains("支付宝").contains("在案件编辑中填写交易单号");
    }

    @ParameterizedTest(name = "{0} yuan {1}, wage {2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            100.00,   NOT_DELIVERED,     -,         WARNING
            100.00,   NOT_DELIVERED,     120000.00, OK
            60000.00, NOT_DELIVERED,     120000.00, OK
            60000.01, NOT_DELIVERED,     120000.00, WARNING
            20000.00, FALSE_ADVERTISING, 120000.00, WARNING
            """)
    void smallClaimsCompareTheClaimWithHalfTheProvincesAverageWage(String amount, ProblemKind kind, String wage,
                                                                   CheckResult.Status expected) {
        RefundCase c = EscalationFixtures.with(kind, org.refunddesk.domain.PlatformStatus.OPERATING, amount,
                org.refunddesk.domain.PaymentChannel.ALIPAY);
        CheckInput in = new CheckInput(NOW, wage == null ? null : new BigDecimal(wage), List.of());

        CheckResult r = check(c, Channel.SMALL_CLAIMS_COURT, in).stream()
                .filter(x -> x.precondition() == Precondition.SMALL_CLAIMS_LIMIT).findFirst().orElseThrow();

        assertThat(r.status()).isEqualTo(expected);
        assertThat(zh.render(r.message())).contains("第165条");
        if (expected == CheckResult.Status.WARNING) {
            assertThat(r.fix()).isEqualTo(FixTarget.ENTER_PROVINCE_WAGE);
        }
    }

    @Test
    void smallClaimsShowTheHalvedCourtFee() {
        CheckResult fee = only(check(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), Channel.SMALL_CLAIMS_COURT,
                CheckInput.at(NOW)), Precondition.COURT_FEE, CheckResult.Status.INFO);

        assertThat(zh.render(fee.message())).contains("100.00").contains("25.00").contains("第13条").contains("第16条");
    }

    @Test
    void evidenceGapsFromTheVaultAreWarningsThatPointToTheVault() {
        List<CheckResult> results = check(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), Channel.PLATFORM,
                new CheckInput(NOW, null, List.of("支付记录", "运营商未到账记录")));

        assertThat(results).filteredOn(r -> r.precondition() == Precondition.EVIDENCE_GAPS)
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(CheckResult.Status.WARNING);
                    assertThat(r.fix()).isEqualTo(FixTarget.EVIDENCE);
                }).hasSize(2);
        assertThat(PreconditionChecker.ready(results)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void aCompleteCaseIsReadyForEveryStepAndEveryMessageExistsInBothLanguages(Channel channel) {
        for (ProblemKind kind : ProblemKind.values()) {
            List<CheckResult> results = check(EscalationFixtures.complete(kind), channel,
                    new CheckInput(NOW, new BigDecimal("100000"), List.of("x")));
            assertThat(PreconditionChecker.ready(results)).as(kind + " " + channel).isTrue();
            results.forEach(r -> {
                assertThat(zh.render(r.message())).doesNotContain("!escalation.");
                assertThat(en.render(r.message())).doesNotContain("!escalation.");
            });
        }
    }

    private static RefundCase withProblemFoundAt(RefundCase c, Instant knew) {
        Problem p = c.problem();
        return new RefundCase(c.id(), c.title(), c.consumer(), null, List.of(), c.platform(), c.purchase(),
                new Problem(p.kind(), knew, false, false, false, false, null), c.events(), null, List.of(), null,
                null, null);
    }

    private static RefundCase withPurchase(RefundCase c, Purchase p) {
        return new RefundCase(c.id(), c.title(), c.consumer(), null, List.of(), c.platform(), p, c.problem(),
                c.events(), null, List.of(), null, null, null);
    }
}

package org.refunddesk.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.domain.EvidenceCategory.COMMUNICATION;
import static org.refunddesk.domain.EvidenceCategory.PAYMENT_STATEMENT;
import static org.refunddesk.domain.EvidenceCategory.PROBLEM_PROOF;
import static org.refunddesk.domain.EvidenceCategory.PROMISE_PROOF;
import static org.refunddesk.domain.EvidenceCategory.PURCHASE_PROOF;
import static org.refunddesk.domain.EvidenceFact.AMOUNT;
import static org.refunddesk.domain.EvidenceFact.BOTH_PARTIES;
import static org.refunddesk.domain.EvidenceFact.NOT_ARRIVED;
import static org.refunddesk.domain.EvidenceFact.ORDER_NUMBER;
import static org.refunddesk.domain.EvidenceFact.PHONE_OR_ACCOUNT;
import static org.refunddesk.domain.EvidenceFact.PROMISE_WORDING;
import static org.refunddesk.domain.EvidenceFact.REFUND_APPLICATION_TIME;
import static org.refunddesk.domain.EvidenceFact.TIME;
import static org.refunddesk.domain.EvidenceFact.TRANSACTION_NUMBER;
import static org.refunddesk.rules.evidence.EvidenceFixtures.file;
import static org.refunddesk.rules.evidence.EvidenceFixtures.refundCase;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

class CorroborationCheckerTest {
    private final EvidenceChecklist checklist = EvidenceChecklist.builtIn();
    private final CorroborationChecker checker = new CorroborationChecker(checklist);
    private final RefundCase topUpNotDelivered = refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.DIRECT_TOPUP);

    private List<GapKind> kinds(GapReport report) {
        return report.gaps().stream().map(Gap::kind).toList();
    }

    @Test
    void noFileShowingTheOrderNumberIsAGapUntilOneDoes() {
        EvidenceItem payment = file("payment-record", PURCHASE_PROOF, TRANSACTION_NUMBER, AMOUNT, TIME);
        EvidenceItem order = file("order-screenshot", PURCHASE_PROOF, ORDER_NUMBER);

        assertThat(kinds(checker.check(topUpNotDelivered, List.of(payment)))).contains(GapKind.NO_ORDER_NUMBER);
        assertThat(kinds(checker.check(topUpNotDelivered, List.of(payment, order)))).doesNotContain(GapKind.NO_ORDER_NUMBER);
    }

    @Test
    void topUpProofThatDoesNotShowTheBoundPhoneNumberIsAGap() {
        EvidenceItem order = file("order-screenshot", PURCHASE_PROOF, ORDER_NUMBER, AMOUNT, TIME);
        EvidenceItem orderWithPhone = file("order-screenshot", PURCHASE_PROOF, ORDER_NUMBER, PHONE_OR_ACCOUNT);

        assertThat(kinds(checker.check(topUpNotDelivered, List.of(order)))).contains(GapKind.ACCOUNT_NOT_SHOWN);
        assertThat(kinds(checker.check(topUpNotDelivered, List.of(orderWithPhone)))).doesNotContain(GapKind.ACCOUNT_NOT_SHOWN);
    }

    @Test
    void theBoundAccountCheckDoesNotApplyToACardKeyBoughtForNoAccount() {
        RefundCase cardKey = refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.CARD_KEY);

        assertThat(kinds(checker.check(cardKey, List.of(file("order-screenshot", PURCHASE_PROOF, ORDER_NUMBER)))))
                .doesNotContain(GapKind.ACCOUNT_NOT_SHOWN);
    }

    @Test
    void noCommunicationShowingWhenTheRefundWasAppliedForIsAGap() {
        EvidenceItem chatWithoutTime = file("service-chat", COMMUNICATION, BOTH_PARTIES);
        EvidenceItem orderShowingTheTime = file("order-screenshot", PURCHASE_PROOF, REFUND_APPLICATION_TIME);
        EvidenceItem chatWithTime = file("service-chat", COMMUNICATION, BOTH_PARTIES, REFUND_APPLICATION_TIME);

        assertThat(kinds(checker.check(topUpNotDelivered, List.of(chatWithoutTime, orderShowingTheTime))))
                .contains(GapKind.NO_REFUND_APPLICATION_TIME);
        assertThat(kinds(checker.check(topUpNotDelivered, List.of(chatWithTime))))
                .doesNotContain(GapKind.NO_REFUND_APPLICATION_TIME);
    }

    @Test
    void aSingleItemOrASingleKindOfEvidenceIsIsolated() {
        EvidenceItem order = file("order-screenshot", PURCHASE_PROOF, ORDER_NUMBER);
        EvidenceItem payment = file("payment-record", PURCHASE_PROOF, AMOUNT);
        EvidenceItem carrier = file("not-arrived-record", PROBLEM_PROOF, NOT_ARRIVED);

        assertThat(kinds(checker.check(topUpNotDelivered, List.of(order)))).contains(GapKind.ISOLATED_EVIDENCE);
        assertThat(kinds(checker.check(topUpNotDelivered, List.of(order, payment)))).contains(GapKind.ISOLATED_EVIDENCE);
        assertThat(kinds(checker.check(topUpNotDelivered, List.of(order, carrier)))).doesNotContain(GapKind.ISOLATED_EVIDENCE);
        assertThat(kinds(checker.check(topUpNotDelivered, List.of()))).doesNotContain(GapKind.ISOLATED_EVIDENCE);
    }

    @Test
    void falseAdvertisingWithoutThePromiseWordingIsAGapOnlyForThatKind() {
        RefundCase falseAd = refundCase(ProblemKind.FALSE_ADVERTISING, DeliveryMode.DIRECT_TOPUP);
        EvidenceItem page = file("product-page", PROMISE_PROOF);

        assertThat(kinds(checker.check(falseAd, List.of(page)))).contains(GapKind.NO_PROMISE_WORDING);
        assertThat(kinds(checker.check(topUpNotDelivered, List.of(page)))).doesNotContain(GapKind.NO_PROMISE_WORDING);
        assertThat(kinds(checker.check(falseAd, List.of(file("product-page", PROMISE_PROOF, PROMISE_WORDING)))))
                .doesNotContain(GapKind.NO_PROMISE_WORDING);
    }

    @Test
    void gapsComeInPriorityOrderWithMissingRequiredItemsFirst() {
        GapReport report = checker.check(topUpNotDelivered, List.of(file("service-chat", COMMUNICATION)));

        assertThat(kinds(report)).isSortedAccordingTo(Enum::compareTo);
        assertThat(report.gaps().get(0)).isEqualTo(new Gap(GapKind.MISSING_REQUIRED, "order-screenshot", null));
        assertThat(report.gaps()).filteredOn(g -> g.kind() == GapKind.MISSING_REQUIRED).extracting(Gap::checklistItemId)
                .containsExactly("order-screenshot", "payment-record", "not-arrived-record");
        assertThat(report.gaps().get(report.gaps().size() - 1).kind()).isEqualTo(GapKind.NOTHING_TICKED);
        assertThat(report.complete()).isFalse();
    }

    @Test
    void aFileAttachedByCategoryOnlyCoversTheFirstEmptyItemOfItsCategory() {
        EvidenceItem byCategory = file(null, PURCHASE_PROOF, ORDER_NUMBER);
        EvidenceItem statement = file(null, PAYMENT_STATEMENT, AMOUNT);

        GapReport report = checker.check(topUpNotDelivered, List.of(byCategory, statement));

        assertThat(report.coverage().files("order-screenshot")).containsExactly(byCategory);
        assertThat(report.coverage().files("payment-statement")).containsExactly(statement);
        assertThat(report.coverage().extras()).isEmpty();
    }

    @Test
    void theScoreIsZeroWithoutFilesAndRisesWithEachAttachedItem() {
        List<EvidenceItem> files = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        scores.add(checker.check(topUpNotDelivered, files).score());
        files.add(file("order-screenshot", PURCHASE_PROOF, ORDER_NUMBER, AMOUNT, TIME));
        scores.add(checker.check(topUpNotDelivered, files).score());
        files.add(file("payment-record", PURCHASE_PROOF, TRANSACTION_NUMBER, AMOUNT, TIME));
        scores.add(checker.check(topUpNotDelivered, files).score());
        files.add(file("not-arrived-record", PROBLEM_PROOF, NOT_ARRIVED, PHONE_OR_ACCOUNT));
        scores.add(checker.check(topUpNotDelivered, files).score());

        // NOT_DELIVERED lists 3 required items (weight 3) and 5 recommended (weight 1): 14 in all;
        // a direct top-up has 6 corroboration checks. 80 × covered/14 + 20 × passed/6:
        // order: 80×3/14 + 20×3/6 = 27; + payment: 80×6/14 + 20×3/6 = 44; + carrier: 80×9/14 + 20×4/6 = 65
        assertThat(scores).containsExactly(0, 27, 44, 65);
    }

    @Test
    void aFullChainScoresOneHundredWithNoSeriousGap() {
        List<EvidenceItem> files = List.of(
                file("order-screenshot", PURCHASE_PROOF, ORDER_NUMBER, AMOUNT, TIME, PHONE_OR_ACCOUNT),
                file("payment-record", PURCHASE_PROOF, TRANSACTION_NUMBER),
                file("not-arrived-record", PROBLEM_PROOF, NOT_ARRIVED),
                file("usage-state", PROBLEM_PROOF, PHONE_OR_ACCOUNT),
                file("service-chat", COMMUNICATION, REFUND_APPLICATION_TIME),
                file("refund-application", COMMUNICATION, REFUND_APPLICATION_TIME),
                file("call-recording", COMMUNICATION, TIME),
                file("payment-statement", PAYMENT_STATEMENT, AMOUNT));

        GapReport report = checker.check(topUpNotDelivered, files);

        assertThat(report.score()).isEqualTo(100);
        assertThat(report.gaps()).isEmpty();
        assertThat(report.complete()).isTrue();
    }

    @Test
    void gapLinesNameTheMissingItemAndWhyItMatters() {
        RefundCase falseAd = refundCase(ProblemKind.FALSE_ADVERTISING, DeliveryMode.DIRECT_TOPUP);
        GapReport report = checker.check(falseAd, List.of());
        Gap productPage = report.gaps().stream().filter(g -> "product-page".equals(g.checklistItemId())).findFirst()
                .orElseThrow();

        assertThat(new EvidenceTexts(Messages.forTag("zh"), checklist).gap(productPage, report))
                .isEqualTo("缺少必需证据“商品页面截图”：虚假宣传需要商品页面上“永久”字样的截图");
        assertThat(new EvidenceTexts(Messages.forTag("en"), checklist).gap(Gap.of(GapKind.NO_ORDER_NUMBER), report))
                .isEqualTo("No evidence shows the order number");
    }
}

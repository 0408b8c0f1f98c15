package org.refunddesk.ui.wizard.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;

class EligibilityWizardViewModelTest {
    private static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z"); // 12:00 Shanghai
    private final MutableClock clock = new MutableClock(NOW);

    private EligibilityWizardViewModel fresh() {
        return new EligibilityWizardViewModel(Messages.forTag("zh"), clock, null);
    }

    private static void fillPhoneTopUp(EligibilityWizardViewModel vm) {
        PurchaseAnswers p = vm.purchase();
        p.productProperty().set(ProductType.PHONE_CREDIT);
        p.deliveryProperty().set(DeliveryMode.DIRECT_TOPUP);
        p.amountProperty().set("30");
        p.paidAt().dateProperty().set(LocalDate.of(2026, 3, 2));
        p.paidAt().timeProperty().set("11:00");
        p.paymentProperty().set(PaymentChannel.ALIPAY);
        p.platformNameProperty().set("快充卡盟");
        vm.problem().kindProperty().set(ProblemKind.NOT_DELIVERED);
    }

    @Test
    void anAmountWithACommaKeepsThePurchasePageInvalidAndSaysWhy() {
        EligibilityWizardViewModel vm = fresh();
        fillPhoneTopUp(vm);
        assertThat(vm.invalid(WizardPage.PURCHASE).get()).isFalse();

        vm.purchase().amountProperty().set("12,5");

        assertThat(vm.invalid(WizardPage.PURCHASE).get()).isTrue();
        assertThat(vm.purchase().amountError().get()).contains("金额格式不对");
        vm.purchase().amountProperty().set("0");
        assertThat(vm.purchase().amountError().get()).contains("大于 0");
    }

    @Test
    void aPaymentInTheFutureOrWithAnUnreadableTimeIsRefused() {
        EligibilityWizardViewModel vm = fresh();
        fillPhoneTopUp(vm);
        vm.purchase().paidAt().timeProperty().set("13:00");
        assertThat(vm.purchase().paidAtError().get()).contains("还没到");
        vm.purchase().paidAt().timeProperty().set("25:00");
        assertThat(vm.purchase().paidAtError().get()).contains("时:分");
    }

    @Test
    void theUseStatePageIsSkippedForADirectTopUpOfPhoneCredit() {
        EligibilityWizardViewModel vm = fresh();
        fillPhoneTopUp(vm);
        assertThat(vm.next(WizardPage.PROBLEM)).contains(WizardPage.SINCE);

        vm.purchase().deliveryProperty().set(DeliveryMode.CARD_KEY);
        assertThat(vm.next(WizardPage.PROBLEM)).contains(WizardPage.USE_STATE);
        assertThat(vm.useState().asksCardKey().get()).isTrue();
    }

    @Test
    void aDirectDataPackageAsksOnlyWhetherItWasActivated() {
        EligibilityWizardViewModel vm = fresh();
        fillPhoneTopUp(vm);
        vm.purchase().productProperty().set(ProductType.DATA_PACKAGE);
        assertThat(vm.next(WizardPage.PROBLEM)).contains(WizardPage.USE_STATE);
        assertThat(vm.useState().asksCardKey().get()).isFalse();
        assertThat(vm.useState().asksActivated().get()).isTrue();
    }

    @Test
    void theAnswersBecomeACaseWithEventsAndRedFlags() {
        EligibilityWizardViewModel vm = fresh();
        fillPhoneTopUp(vm);
        vm.since().refundApplied().happenedProperty().set(true);
        vm.since().refundApplied().at().dateProperty().set(LocalDate.of(2026, 3, 2));
        vm.since().refundApplied().at().timeProperty().set("11:40");
        vm.since().refundNumberProperty().set("TK-1");
        vm.redFlags().answer(RedFlag.PRIVATE_TRANSFER).set(true);

        RefundCase c = vm.candidate();

        assertThat(c.purchase().amount()).isEqualByComparingTo(new BigDecimal("30.00"));
        assertThat(c.purchase().paidAt()).isEqualTo(Instant.parse("2026-03-02T03:00:00Z"));
        assertThat(c.platform().name()).isEqualTo("快充卡盟");
        assertThat(c.problem().kind()).isEqualTo(ProblemKind.NOT_DELIVERED);
        assertThat(c.problem().cardKeyExtracted()).isFalse();
        assertThat(c.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.REFUND_APPLIED);
            assertThat(e.ref()).isEqualTo("TK-1");
            assertThat(e.at()).isEqualTo(Instant.parse("2026-03-02T03:40:00Z"));
        });
        assertThat(c.redFlags()).containsExactly(RedFlag.PRIVATE_TRANSFER);
        assertThat(c.title()).contains("快充卡盟").contains("30.00");
    }

    @Test
    void aSupplementSentBeforeItWasRequestedIsRefused() {
        EligibilityWizardViewModel vm = fresh();
        fillPhoneTopUp(vm);
        SinceAnswers s = vm.since();
        s.supplementSent().happenedProperty().set(true);
        s.supplementSent().at().dateProperty().set(LocalDate.of(2026, 3, 2));
        s.supplementSent().at().timeProperty().set("11:30");
        assertThat(s.supplementSentError().get()).contains("先勾选");

        s.supplementRequested().happenedProperty().set(true);
        s.supplementRequested().at().dateProperty().set(LocalDate.of(2026, 3, 2));
        s.supplementRequested().at().timeProperty().set("11:45");
        assertThat(s.supplementSentError().get()).contains("早于");
        assertThat(vm.invalid(WizardPage.SINCE).get()).isTrue();
    }

    @Test
    void reRunningOnASavedCaseStartsFromItsAnswersAndDoesNotRepeatRecordedEvents() {
        EligibilityWizardViewModel first = fresh();
        fillPhoneTopUp(first);
        first.since().complaintFiled().happenedProperty().set(true);
        first.since().complaintFiled().at().dateProperty().set(LocalDate.of(2026, 3, 2));
        first.since().complaintFiled().at().timeProperty().set("11:50");
        first.since().complaintChannelProperty().set(Channel.REGULATOR_12315);
        first.redFlags().answer(RedFlag.PASSWORD_REQUESTED).set(true);
        RefundCase saved = first.candidate();

        EligibilityWizardViewModel again = new EligibilityWizardViewModel(Messages.forTag("zh"), clock, saved);

        assertThat(again.purchase().amountProperty().get()).isEqualTo("30.00");
        assertThat(again.purchase().paidAt().timeProperty().get()).isEqualTo("11:00");
        assertThat(again.problem().kindProperty().get()).isEqualTo(ProblemKind.NOT_DELIVERED);
        assertThat(again.since().complaintFiled().recordedProperty().get()).isTrue();
        assertThat(again.redFlags().answer(RedFlag.PASSWORD_REQUESTED).get()).isTrue();
        RefundCase updated = again.candidate();
        assertThat(updated.id()).isEqualTo(saved.id());
        assertThat(updated.events()).extracting(CaseEvent::type).containsExactly(EventType.COMPLAINT_FILED);
    }

    @Test
    void aComplaintNeedsItsChannel() {
        EligibilityWizardViewModel vm = fresh();
        fillPhoneTopUp(vm);
        vm.since().complaintFiled().happenedProperty().set(true);
        vm.since().complaintFiled().at().dateProperty().set(LocalDate.of(2026, 3, 2));
        vm.since().complaintFiled().at().timeProperty().set("11:50");
        assertThat(vm.since().complaintError().get()).contains("投诉");
        vm.since().complaintChannelProperty().set(Channel.PAYMENT_PROVIDER);
        assertThat(vm.invalid(WizardPage.SINCE).get()).isFalse();
        assertThat(List.of(vm.candidate().events().get(0).channel())).containsExactly(Channel.PAYMENT_PROVIDER);
    }
}

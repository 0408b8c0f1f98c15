package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.testing.UiCases;

class CaseEditorViewModelTest {
    private final Messages messages = Messages.forTag("zh");

    private CaseEditorViewModel filledNewForm() {
        CaseEditorViewModel model = CaseEditorViewModel.forNewCase(messages, "张志愿");
        model.titleProperty().set("话费没到账");
        model.platformNameProperty().set("星辰卡盟");
        model.productProperty().set(ProductType.PHONE_CREDIT);
        model.deliveryProperty().set(DeliveryMode.DIRECT_TOPUP);
        model.amountProperty().set("100.5");
        model.paidDateProperty().set(LocalDate.of(2026, 11, 20));
        model.paidTimeProperty().set("10:00");
        model.problemKindProperty().set(ProblemKind.NOT_DELIVERED);
        return model;
    }

    @Test
    void anEmptyNewFormNamesEveryRequiredFieldAndGivesNoCase() {
        CaseEditorViewModel model = CaseEditorViewModel.forNewCase(messages, "");

        assertThat(model.invalidProperty().get()).isTrue();
        assertThat(model.toCase()).isEmpty();
        for (CaseField required : List.of(CaseField.TITLE, CaseField.PLATFORM_NAME, CaseField.PRODUCT,
                CaseField.DELIVERY, CaseField.AMOUNT, CaseField.PAID_DATE, CaseField.PAID_TIME, CaseField.PROBLEM_KIND)) {
            assertThat(model.error(required).get()).as(required.name()).isNotEmpty();
        }
        assertThat(model.error(CaseField.DISCOVERED_TIME).get()).isEmpty();
        assertThat(model.error(CaseField.REFUND_WINDOW_HOURS).get()).isEmpty();
    }

    @Test
    void aNewCaseStartsWithTheHelpersNameAsAssignee() {
        assertThat(CaseEditorViewModel.forNewCase(messages, "张志愿").assigneeProperty().get()).isEqualTo("张志愿");
    }

    @Test
    void aCompleteFormGivesTheCaseWithThePaymentTimeReadInShanghai() {
        CaseEditorViewModel model = filledNewForm();
        model.tagsProperty().set("话费，加急, 话费");
        model.consumerPhoneProperty().set(" 13800138000 ");
        model.paymentProperty().set(PaymentChannel.WECHAT);

        RefundCase c = model.toCase().orElseThrow();

        assertThat(c.title()).isEqualTo("话费没到账");
        assertThat(c.assignee()).isEqualTo("张志愿");
        assertThat(c.tags()).containsExactly("话费", "加急");
        assertThat(c.consumer().phone()).isEqualTo("13800138000");
        assertThat(c.consumer().name()).isNull();
        assertThat(c.purchase().amount()).isEqualTo(new BigDecimal("100.50"));
        assertThat(c.purchase().paidAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
        assertThat(c.purchase().payment()).isEqualTo(PaymentChannel.WECHAT);
        assertThat(c.problem().kind()).isEqualTo(ProblemKind.NOT_DELIVERED);
        assertThat(c.problem().discoveredAt()).isNull();
        assertThat(c.problem().refundWindowHours()).isNull();
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "abc", "-3", "1.234", "１００"})
    void anInvalidAmountIsNamedNextToTheFieldAndNothingCanBeSaved(String amount) {
        CaseEditorViewModel model = filledNewForm();
        model.amountProperty().set(amount);

        assertThat(model.error(CaseField.AMOUNT).get()).contains(amount).contains("不是金额");
        assertThat(model.invalidProperty().get()).isTrue();
        assertThat(model.toCase()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"9:05, 2026-11-20T01:05:00Z", "23:59, 2026-11-20T15:59:00Z", "00:00:30, 2026-11-19T16:00:30Z"})
    void paymentTimesAreReadAsShanghaiTime(String time, String expected) {
        CaseEditorViewModel model = filledNewForm();
        model.paidTimeProperty().set(time);

        assertThat(model.toCase().orElseThrow().purchase().paidAt()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "10点", "1030"})
    void aBadTimeIsRefused(String time) {
        CaseEditorViewModel model = filledNewForm();
        model.paidTimeProperty().set(time);

        assertThat(model.error(CaseField.PAID_TIME).get()).contains(time);
        assertThat(model.toCase()).isEmpty();
    }

    @Test
    void aDiscoveryDateNeedsItsTime() {
        CaseEditorViewModel model = filledNewForm();
        model.discoveredDateProperty().set(LocalDate.of(2026, 11, 21));

        assertThat(model.error(CaseField.DISCOVERED_TIME).get()).isNotEmpty();

        model.discoveredTimeProperty().set("08:30");
        assertThat(model.error(CaseField.DISCOVERED_TIME).get()).isEmpty();
        assertThat(model.toCase().orElseThrow().problem().discoveredAt()).isEqualTo(Instant.parse("2026-11-21T00:30:00Z"));
    }

    @ParameterizedTest
    @CsvSource({"24, true", "72, true", "0, false", "-1, false", "8761, false", "一天, false", "'', true"})
    void theRefundWindowIsOptionalWholeHours(String hours, boolean valid) {
        CaseEditorViewModel model = filledNewForm();
        model.refundWindowHoursProperty().set(hours);

        assertThat(model.error(CaseField.REFUND_WINDOW_HOURS).get().isEmpty()).isEqualTo(valid);
        assertThat(model.toCase().isPresent()).isEqualTo(valid);
    }

    @Test
    void editingShowsTheStoredValuesAndKeepsWhatTheFormDoesNotShow() {
        CaseEvent applied = CaseEvent.of(EventType.REFUND_APPLIED, UiCases.PAID.plusSeconds(60));
        RefundCase stored = UiCases.of("话费没到账").withEvent(applied).withRedFlags(List.of(RedFlag.PASSWORD_REQUESTED))
                .withTimestamps(Instant.parse("2026-11-20T03:00:00Z"), Instant.parse("2026-11-20T04:00:00Z"));

        CaseEditorViewModel model = CaseEditorViewModel.forCase(messages, stored);

        assertThat(model.isNew()).isFalse();
        assertThat(model.amountProperty().get()).isEqualTo("100.00");
        assertThat(model.paidDateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(model.paidTimeProperty().get()).isEqualTo("10:00");
        assertThat(model.invalidProperty().get()).isFalse();

        model.titleProperty().set("话费没到账（已催）");
        RefundCase edited = model.toCase().orElseThrow();
        assertThat(edited.id()).isEqualTo(stored.id());
        assertThat(edited.events()).isEqualTo(stored.events());
        assertThat(edited.redFlags()).containsExactly(RedFlag.PASSWORD_REQUESTED);
        assertThat(edited.createdAt()).isEqualTo(stored.createdAt());
        assertThat(edited.title()).isEqualTo("话费没到账（已催）");
    }

    @Test
    void anUnchangedEditGivesBackAnEqualCase() {
        RefundCase stored = UiCases.of("原样");

        assertThat(CaseEditorViewModel.forCase(messages, stored).toCase()).contains(stored);
    }

    @Test
    void tagsSplitAtAsciiAndFullWidthCommasAndSemicolons() {
        assertThat(CaseEditorViewModel.parseTags("a, b，c;d；  ;a")).isEqualTo(Arrays.asList("a", "b", "c", "d"));
        assertThat(CaseEditorViewModel.parseTags("   ")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theBusinessIdentityIsEditedAndAnInvalidCreditCodeIsNamed() {
        CaseEditorViewModel model = CaseEditorViewModel.forCase(messages,
                org.refunddesk.rules.escalation.EscalationFixtures.complete(org.refunddesk.domain.ProblemKind.NOT_DELIVERED));
        model.platformOperatorProperty().set("杭州星辰网络科技有限公司");
        model.platformLegalRepresentativeProperty().set("李四");
        model.platformCreditCodeProperty().set("91350100M000100Y44");

        assertThat(model.invalidProperty().get()).isTrue();
        assertThat(model.error(CaseField.CREDIT_CODE).get()).contains("91350100M000100Y44", "GB 32100-2015");

        model.platformCreditCodeProperty().set("91350100m000100y43");
        var saved = model.toCase().orElseThrow().platform();
        assertThat(saved.operator()).isEqualTo("杭州星辰网络科技有限公司");
        assertThat(saved.creditCode()).isEqualTo("91350100M000100Y43");
        assertThat(saved.legalRepresentative()).isEqualTo("李四");
    }
}

package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/** A case for someone else needs how and when they agreed that the helper keeps their data (issue 18). */
class CaseEditorConsentTest {
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
    void theUsersOwnCaseNeedsNoConsentAndRecordsThatItIsTheirs() {
        RefundCase saved = filledNewForm().toCase().orElseThrow();

        assertThat(saved.consumer().consent()).isEqualTo(Consent.SELF);
    }

    @Test
    void someoneElsesCaseIsRefusedUntilHowAndWhenTheyAgreedAreGivenNamingTheFields() {
        CaseEditorViewModel model = filledNewForm();
        model.forSomeoneElseProperty().set(true);

        assertThat(model.toCase()).isEmpty();
        assertThat(model.error(CaseField.CONSENT_METHOD).get()).contains("对方同意保存资料的方式");
        assertThat(model.error(CaseField.CONSENT_DATE).get()).contains("对方同意的日期");

        model.consentMethodProperty().set(ConsentMethod.PHONE);
        model.consentDateProperty().set(LocalDate.of(2026, 11, 21));

        assertThat(model.toCase().orElseThrow().consumer().consent())
                .isEqualTo(new Consent(false, ConsentMethod.PHONE, LocalDate.of(2026, 11, 21)));
    }

    @Test
    void editingAStoredCaseShowsItsConsentAndAnOldCaseStaysUnanswered() {
        RefundCase other = filledNewForm().toCase().orElseThrow();
        RefundCase helped = new RefundCase(other.id(), other.title(),
                other.consumer().withConsent(new Consent(false, ConsentMethod.WRITTEN, LocalDate.of(2026, 1, 2))),
                other.assignee(), other.tags(), other.platform(), other.purchase(), other.problem(), other.events(),
                other.status(), other.redFlags(), other.assessment(), other.createdAt(), other.updatedAt());
        RefundCase old = helped.withAssignee("x");
        old = new RefundCase(old.id(), old.title(), old.consumer().withConsent(null), old.assignee(), old.tags(),
                old.platform(), old.purchase(), old.problem(), old.events(), old.status(), old.redFlags(),
                old.assessment(), old.createdAt(), old.updatedAt());

        CaseEditorViewModel form = CaseEditorViewModel.forCase(messages, helped);

        assertThat(form.forSomeoneElseProperty().get()).isTrue();
        assertThat(form.consentMethodProperty().get()).isEqualTo(ConsentMethod.WRITTEN);
        assertThat(form.toCase().orElseThrow().consumer().consent()).isEqualTo(helped.consumer().consent());
        assertThat(CaseEditorViewModel.forCase(messages, old).toCase().orElseThrow().consumer().consent()).isNull();
    }
}

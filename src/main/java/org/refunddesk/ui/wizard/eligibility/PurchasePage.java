package org.refunddesk.ui.wizard.eligibility;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProductType;
import org.refunddesk.ui.form.EnumChoices;

/** Page 1: what was bought. */
final class PurchasePage extends QuestionPage {
    PurchasePage(EligibilityWizardViewModel vm) {
        super(WizardPage.PURCHASE, vm);
        PurchaseAnswers p = vm.purchase();
        questions.ask(messages.get("wizard.q.product"),
                EnumChoices.comboBox("product", ProductType.class, p.productProperty(), messages, false),
                p.productError());
        questions.ask(messages.get("wizard.q.delivery"),
                EnumChoices.comboBox("delivery", DeliveryMode.class, p.deliveryProperty(), messages, false),
                p.deliveryError());
        questions.ask(messages.get("wizard.q.amount"),
                Questions.text("amount", p.amountProperty(), messages.get("wizard.prompt.amount")), p.amountError());
        questions.ask(messages.get("wizard.q.paidAt"),
                Questions.dateTime("paidAt", p.paidAt(), messages.get("wizard.prompt.time")), p.paidAtError());
        questions.ask(messages.get("wizard.q.payment"),
                EnumChoices.comboBox("payment", PaymentChannel.class, p.paymentProperty(), messages, true), null);
        questions.ask(messages.get("wizard.q.orderNo"),
                Questions.text("orderNo", p.orderNoProperty(), messages.get("wizard.prompt.optional")), null);
        questions.ask(messages.get("wizard.q.platform"),
                Questions.text("platformName", p.platformNameProperty(), messages.get("wizard.prompt.platform")),
                p.platformError());
        questions.ask(messages.get("wizard.q.platformStatus"),
                EnumChoices.comboBox("platformStatus", PlatformStatus.class, p.platformStatusProperty(), messages,
                        false), null);
        // who runs the platform: optional now, needed for a 12315 complaint or a court claim
        Label identity = new Label(messages.get("wizard.identity.heading"));
        identity.getStyleClass().add("result-heading");
        Label where = new Label(messages.get("wizard.identity.where"));
        where.getStyleClass().add("hint");
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        questions.add(identity);
        questions.add(where);
        questions.ask(messages.get("cases.editor.platformOperator"),
                Questions.text("platformOperator", p.operatorProperty(), messages.get("wizard.prompt.optional")), null);
        questions.ask(messages.get("cases.editor.platformCreditCode"),
                Questions.text("platformCreditCode", p.creditCodeProperty(), messages.get("wizard.prompt.optional")),
                p.creditCodeError());
        questions.ask(messages.get("cases.editor.platformLegalRepresentative"),
                Questions.text("platformLegalRepresentative", p.legalRepresentativeProperty(),
                        messages.get("wizard.prompt.optional")), null);
        askConsent(vm.consent());
    }

    /** Whose data: for someone the user helps, how and when they agreed are required (as in the case editor). */
    private void askConsent(ConsentAnswers consent) {
        questions.add(Questions.yes("consentSomeoneElse", messages.get("privacy.consent.someoneElse"),
                consent.someoneElseProperty()));
        javafx.scene.control.DatePicker date = new javafx.scene.control.DatePicker();
        date.setId("consentDate");
        // 2026-11-26 in both languages, as in the case editor
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPromptText("2026-03-02");
        date.valueProperty().bindBidirectional(consent.dateProperty());
        Questions.showOnlyWhen(questions.ask(messages.get("privacy.consent.method"),
                EnumChoices.comboBox("consentMethod", ConsentMethod.class, consent.methodProperty(), messages, false),
                consent.methodError()), consent.someoneElseProperty());
        Questions.showOnlyWhen(questions.ask(messages.get("privacy.consent.date"), date, consent.dateError()),
                consent.someoneElseProperty());
    }
}

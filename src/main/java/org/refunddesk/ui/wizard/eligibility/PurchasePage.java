package org.refunddesk.ui.wizard.eligibility;

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
    }
}

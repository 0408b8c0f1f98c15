package org.refunddesk.ui.wizard.eligibility;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.refunddesk.domain.CreditCode;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/** Page 1, "what was bought": product, delivery, amount, when and how paid, order number, platform. */
public final class PurchaseAnswers {
    private final ObjectProperty<ProductType> product = new SimpleObjectProperty<>();
    private final ObjectProperty<DeliveryMode> delivery = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final DateTimeAnswer paidAt = new DateTimeAnswer();
    private final ObjectProperty<PaymentChannel> payment = new SimpleObjectProperty<>();
    private final StringProperty orderNo = new SimpleStringProperty("");
    private final StringProperty platformName = new SimpleStringProperty("");
    private final ObjectProperty<PlatformStatus> platformStatus = new SimpleObjectProperty<>(PlatformStatus.OPERATING);
    // the business's legal identity (optional here; 12315 and court steps need it)
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty creditCode = new SimpleStringProperty("");
    private final StringProperty legalRepresentative = new SimpleStringProperty("");

    private final StringBinding productError;
    private final StringBinding deliveryError;
    private final StringBinding amountError;
    private final StringBinding paidAtError;
    private final StringBinding platformError;
    private final StringBinding creditCodeError;
    private final BooleanBinding invalid;

    PurchaseAnswers(Messages messages, Clock clock) {
        productError = Errors.of(messages, () -> product.get() == null ? "wizard.error.choose" : "", product);
        deliveryError = Errors.of(messages, () -> delivery.get() == null ? "wizard.error.choose" : "", delivery);
        amountError = Errors.of(messages, () -> amountErrorKey(amount.get()), amount);
        paidAtError = Errors.of(messages, () -> paidAt.errorKey(true, clock.instant()),
                paidAt.dateProperty(), paidAt.timeProperty());
        platformError = Errors.of(messages,
                () -> platformName.get() == null || platformName.get().isBlank() ? "wizard.error.platform" : "",
                platformName);
        creditCodeError = Bindings.createStringBinding(() -> creditCode.get() == null || creditCode.get().isBlank()
                || CreditCode.isValid(creditCode.get()) ? ""
                : messages.get("cases.editor.error.creditCode", creditCode.get().strip()), creditCode);
        invalid = Errors.anyOf(productError, deliveryError, amountError, paidAtError, platformError, creditCodeError);
    }

    static String amountErrorKey(String text) {
        if (text == null || text.isBlank()) {
            return "wizard.error.amountMissing";
        }
        Optional<BigDecimal> parsed = Money.parse(text);
        if (parsed.isEmpty()) {
            return "wizard.error.amountFormat";
        }
        return parsed.get().signum() > 0 ? "" : "wizard.error.amountZero";
    }

    void load(RefundCase c) {
        Purchase p = c.purchase();
        if (p != null) {
            product.set(p.product());
            delivery.set(p.delivery());
            amount.set(Money.format(p.amount()));
            paidAt.set(p.paidAt());
            payment.set(p.payment());
            orderNo.set(p.orderNo() == null ? "" : p.orderNo());
        }
        if (c.platform() != null) {
            platformName.set(c.platform().name() == null ? "" : c.platform().name());
            platformStatus.set(c.platform().status());
            operator.set(c.platform().operator() == null ? "" : c.platform().operator());
            creditCode.set(c.platform().creditCode() == null ? "" : c.platform().creditCode());
            legalRepresentative.set(c.platform().legalRepresentative() == null ? ""
                    : c.platform().legalRepresentative());
        }
    }

    Purchase toPurchase(Purchase previous, String advertisedValidity) {
        String order = orderNo.get() == null || orderNo.get().isBlank() ? null : orderNo.get().trim();
        return new Purchase(order, product.get(), delivery.get(), Money.parse(amount.get()).orElseThrow(),
                paidAt.instant().orElseThrow(), payment.get(),
                previous == null ? null : previous.paymentRef(),
                previous == null ? null : previous.targetAccount(), advertisedValidity);
    }

    Platform toPlatform(Platform previous) {
        return new Platform(platformName.get().trim(), previous == null ? null : previous.url(),
                previous == null ? null : previous.model(), platformStatus.get(),
                previous == null ? null : previous.registeredAddress(), blankToNull(operator.get()),
                creditCode.get() == null || creditCode.get().isBlank() ? null : CreditCode.normalise(creditCode.get()),
                blankToNull(legalRepresentative.get()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObjectProperty<ProductType> productProperty() {
        return product;
    }

    public ObjectProperty<DeliveryMode> deliveryProperty() {
        return delivery;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public DateTimeAnswer paidAt() {
        return paidAt;
    }

    public ObjectProperty<PaymentChannel> paymentProperty() {
        return payment;
    }

    public StringProperty orderNoProperty() {
        return orderNo;
    }

    public StringProperty platformNameProperty() {
        return platformName;
    }

    public ObjectProperty<PlatformStatus> platformStatusProperty() {
        return platformStatus;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty creditCodeProperty() {
        return creditCode;
    }

    public StringProperty legalRepresentativeProperty() {
        return legalRepresentative;
    }

    /** The credit code's problem (GB 32100 length, characters, check character), naming the field; "" when fine. */
    public StringBinding creditCodeError() {
        return creditCodeError;
    }

    public StringBinding productError() {
        return productError;
    }

    public StringBinding deliveryError() {
        return deliveryError;
    }

    public StringBinding amountError() {
        return amountError;
    }

    public StringBinding paidAtError() {
        return paidAtError;
    }

    public StringBinding platformError() {
        return platformError;
    }

    public BooleanBinding invalid() {
        return invalid;
    }

    /** Platform, product and amount: a title for a new case (wording from the wizard bundle). */
    String suggestedTitle(Messages messages) {
        return messages.get("wizard.case.title", platformName.get().trim(), messages.of(product.get()),
                Money.parse(amount.get()).map(Money::format).orElse(""));
    }
}

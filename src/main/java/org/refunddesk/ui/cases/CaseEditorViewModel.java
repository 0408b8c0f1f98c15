package org.refunddesk.ui.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.CreditCode;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.PlatformModel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/**
 * The case editor's state and validation. The view binds its controls to these properties and shows
 * {@link #error(CaseField)} next to each field; {@link #toCase()} refuses while anything is wrong.
 * Editing keeps what the form doesn't show (id, events, red flags, assessment, created time).
 */
public final class CaseEditorViewModel {
    private static final int MAX_REFUND_WINDOW_HOURS = 24 * 365;

    private final Messages messages;
    private final RefundCase original;

    static final int MAX_TITLE = 200;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");
    private final StringProperty title = text();
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>(CaseStatus.NEW);
    private final StringProperty assignee = text();
    private final StringProperty tags = text();
    private final StringProperty consumerName = text();
    private final StringProperty consumerPhone = text();
    private final StringProperty consumerAddress = text();
    private final StringProperty platformName = text();
    private final StringProperty platformUrl = text();
    private final ObjectProperty<PlatformModel> platformModel = new SimpleObjectProperty<>(PlatformModel.SELF_OPERATED);
    private final ObjectProperty<PlatformStatus> platformStatus = new SimpleObjectProperty<>(PlatformStatus.OPERATING);
    private final StringProperty platformAddress = text();
    private final StringProperty platformOperator = text();
    private final StringProperty platformCreditCode = text();
    private final StringProperty platformLegalRepresentative = text();
    private final StringProperty orderNo = text();
    private final ObjectProperty<ProductType> product = new SimpleObjectProperty<>();
    private final ObjectProperty<DeliveryMode> delivery = new SimpleObjectProperty<>();
    private final StringProperty amount = text();
    private final ObjectProperty<LocalDate> paidDate = new SimpleObjectProperty<>();
    private final StringProperty paidTime = text();
    private final ObjectProperty<PaymentChannel> payment = new SimpleObjectProperty<>();
    private final StringProperty paymentRef = text();
    private final StringProperty targetAccount = text();
    private final StringProperty advertisedValidity = text();
    private final ObjectProperty<ProblemKind> problemKind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> discoveredDate = new SimpleObjectProperty<>();
    private final StringProperty discoveredTime = text();
    private final BooleanProperty cardKeyExtracted = new SimpleBooleanProperty();
    private final BooleanProperty used = new SimpleBooleanProperty();
    private final BooleanProperty activated = new SimpleBooleanProperty();
    private final BooleanProperty reordered = new SimpleBooleanProperty();
    private final StringProperty refundWindowHours = text();
    private final BooleanProperty forSomeoneElse = new SimpleBooleanProperty();
    private final ObjectProperty<ConsentMethod> consentMethod = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> consentDate = new SimpleObjectProperty<>();

    private final Map<CaseField, StringBinding> errors = new EnumMap<>(CaseField.class);
    private final BooleanBinding invalid;

    /** A form for a new case; the assignee starts as the helper's name from the settings. */
    public static CaseEditorViewModel forNewCase(Messages messages, String helperName) {
        CaseEditorViewModel model = new CaseEditorViewModel(messages, null);
        model.assignee.set(helperName == null ? "" : helperName);
        return model;
    }

    /** A form filled from a stored case. */
    public static CaseEditorViewModel forCase(Messages messages, RefundCase existing) {
        CaseEditorViewModel model = new CaseEditorViewModel(messages, existing);
        model.fill(existing);
        return model;
    }

    private CaseEditorViewModel(Messages messages, RefundCase original) {
        this.messages = messages;
        this.original = original;
        errors.put(CaseField.TITLE, check(this::titleError, title));
        errors.put(CaseField.PLATFORM_NAME, check(() -> required(platformName.get()), platformName));
        errors.put(CaseField.PRODUCT, check(() -> chosen(product.get()), product));
        errors.put(CaseField.DELIVERY, check(() -> chosen(delivery.get()), delivery));
        errors.put(CaseField.AMOUNT, check(this::amountError, amount));
        errors.put(CaseField.PAID_DATE, check(() -> chosen(paidDate.get()), paidDate));
        errors.put(CaseField.PAID_TIME, check(() -> timeError(paidTime.get(), true), paidTime));
        errors.put(CaseField.PROBLEM_KIND, check(() -> chosen(problemKind.get()), problemKind));
        errors.put(CaseField.DISCOVERED_TIME,
                check(() -> timeError(discoveredTime.get(), discoveredDate.get() != null), discoveredTime, discoveredDate));
        errors.put(CaseField.REFUND_WINDOW_HOURS, check(this::refundWindowError, refundWindowHours));
        errors.put(CaseField.CREDIT_CODE, check(this::creditCodeError, platformCreditCode));
        // another person's data is kept only with their agreement (PIPL): how and when are required then
        errors.put(CaseField.CONSENT_METHOD, check(() -> forSomeoneElse.get() && consentMethod.get() == null
                ? messages.get("privacy.consent.error.method") : "", forSomeoneElse, consentMethod));
        errors.put(CaseField.CONSENT_DATE, check(() -> forSomeoneElse.get() && consentDate.get() == null
                ? messages.get("privacy.consent.error.date") : "", forSomeoneElse, consentDate));
        invalid = Bindings.createBooleanBinding(
                () -> errors.values().stream().anyMatch(e -> !e.get().isEmpty()),
                errors.values().toArray(Observable[]::new));
    }

    public boolean isNew() {
        return original == null;
    }

    /** Empty when the field is fine, else the message to show next to it. */
    public StringBinding error(CaseField field) {
        return errors.get(field);
    }

    public BooleanBinding invalidProperty() {
        return invalid;
    }

    /** The case the form describes, or empty (nothing to save) while any field is wrong. */
    public Optional<RefundCase> toCase() {
        if (invalid.get()) {
            return Optional.empty();
        }
        Consumer consumer = new Consumer(blankToNull(consumerName.get()), blankToNull(consumerPhone.get()),
                blankToNull(consumerAddress.get()), consent());
        Platform platform = new Platform(platformName.get().trim(), blankToNull(platformUrl.get()),
                platformModel.get(), platformStatus.get(), blankToNull(platformAddress.get()),
                blankToNull(platformOperator.get()), CreditCode.normalise(blankToNull(platformCreditCode.get())),
                blankToNull(platformLegalRepresentative.get()));
        BigDecimal paid = Money.parse(amount.get()).orElseThrow();
        Instant paidAt = DateTimeText.toInstant(paidDate.get(), DateTimeText.parseTime(paidTime.get()).orElseThrow());
        Purchase purchase = new Purchase(blankToNull(orderNo.get()), product.get(), delivery.get(), paid, paidAt,
                payment.get(), blankToNull(paymentRef.get()), blankToNull(targetAccount.get()),
                blankToNull(advertisedValidity.get()));
        Instant discoveredAt = discoveredDate.get() == null ? null
                : DateTimeText.toInstant(discoveredDate.get(), DateTimeText.parseTime(discoveredTime.get()).orElseThrow());
        String windowText = nullToBlank(refundWindowHours.get()).trim();
        Integer windowHours = windowText.isEmpty() ? null : Integer.valueOf(windowText);
        Problem problem = new Problem(problemKind.get(), discoveredAt, cardKeyExtracted.get(), used.get(),
                activated.get(), reordered.get(), windowHours);
        RefundCase base = original;
        return Optional.of(new RefundCase(base == null ? null : base.id(), title.get().trim(), consumer,
                blankToNull(assignee.get()), parseTags(tags.get()), platform, purchase, problem,
                base == null ? List.of() : base.events(), status.get(), base == null ? List.of() : base.redFlags(),
                base == null ? null : base.assessment(), base == null ? null : base.createdAt(),
                base == null ? null : base.updatedAt()));
    }

    /** A stored case never asked keeps "not answered" unless the box was ticked; a new case is the user's own. */
    private Consent consent() {
        if (forSomeoneElse.get()) {
            return new Consent(false, consentMethod.get(), consentDate.get());
        }
        boolean neverAsked = original != null && original.consumer().consent() == null;
        return neverAsked ? null : Consent.SELF;
    }

    /** "phone, urgent" → ["phone", "urgent"]: split at commas (ASCII or full-width), trimmed, no blanks or repeats. */
    static List<String> parseTags(String text) {
        if (text == null) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split("[,\\uFF0C;\\uFF1B]"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()));
    }

    private void fill(RefundCase c) {
        title.set(nullToBlank(c.title()));
        status.set(c.status());
        assignee.set(nullToBlank(c.assignee()));
        tags.set(String.join(", ", c.tags()));
        consumerName.set(nullToBlank(c.consumer().name()));
        consumerPhone.set(nullToBlank(c.consumer().phone()));
        consumerAddress.set(nullToBlank(c.consumer().address()));
        Consent consent = c.consumer().consent();
        if (consent != null && !consent.consumerIsUser()) {
            forSomeoneElse.set(true);
            consentMethod.set(consent.method());
            consentDate.set(consent.agreedOn());
        }
        if (c.platform() != null) {
            platformName.set(nullToBlank(c.platform().name()));
            platformUrl.set(nullToBlank(c.platform().url()));
            platformModel.set(c.platform().model());
            platformStatus.set(c.platform().status());
            platformAddress.set(nullToBlank(c.platform().registeredAddress()));
            platformOperator.set(nullToBlank(c.platform().operator()));
            platformCreditCode.set(nullToBlank(c.platform().creditCode()));
            platformLegalRepresentative.set(nullToBlank(c.platform().legalRepresentative()));
        }
        Purchase p = c.purchase();
        if (p != null) {
            orderNo.set(nullToBlank(p.orderNo()));
            product.set(p.product());
            delivery.set(p.delivery());
            amount.set(Money.format(p.amount()));
            if (p.paidAt() != null) {
                paidDate.set(DateTimeText.dateOf(p.paidAt()));
                paidTime.set(DateTimeText.timeOf(p.paidAt()));
            }
            payment.set(p.payment());
            paymentRef.set(nullToBlank(p.paymentRef()));
            targetAccount.set(nullToBlank(p.targetAccount()));
            advertisedValidity.set(nullToBlank(p.advertisedValidity()));
        }
        Problem pr = c.problem();
        if (pr != null) {
            problemKind.set(pr.kind());
            if (pr.discoveredAt() != null) {
                discoveredDate.set(DateTimeText.dateOf(pr.discoveredAt()));
                discoveredTime.set(DateTimeText.timeOf(pr.discoveredAt()));
            }
            cardKeyExtracted.set(pr.cardKeyExtracted());
            used.set(pr.used());
            activated.set(pr.activated());
            reordered.set(pr.reordered());
            refundWindowHours.set(pr.refundWindowHours() == null ? "" : pr.refundWindowHours().toString());
        }
    }

    /** Optional; when given, 18 characters with the GB 32100-2015 check character. */
    private String creditCodeError() {
        String text = nullToBlank(platformCreditCode.get()).trim();
        return text.isEmpty() || CreditCode.isValid(text) ? "" : messages.get("cases.editor.error.creditCode", text);
    }

    private String amountError() {
        String text = nullToBlank(amount.get()).trim();
        if (text.isEmpty()) {
            return messages.get("cases.editor.error.required");
        }
        if (text.startsWith("-") || text.startsWith("+") || text.chars().anyMatch(Character::isISOControl)) {
            return messages.get("cases.editor.error.amount", text);
        }
        return Money.parse(text)
                .map(a -> a.signum() > 0 && a.compareTo(MAX_AMOUNT) <= 0 ? "" : messages.get("limits.amount", text))
                .orElse(messages.get("cases.editor.error.amount", text));
    }

    /** The same limits as a case file (docs/case-file.md): 200 characters, no control characters. */
    private String titleError() {
        String required = required(title.get());
        if (!required.isEmpty()) {
            return required;
        }
        String text = title.get().trim();
        if (text.codePointCount(0, text.length()) > MAX_TITLE) {
            return messages.get("limits.title", MAX_TITLE);
        }
        return text.chars().anyMatch(Character::isISOControl) ? messages.get("limits.control") : "";
    }

    private String timeError(String text, boolean needed) {
        if (text == null || text.isBlank()) {
            return needed ? messages.get("cases.editor.error.timeRequired") : "";
        }
        return DateTimeText.parseTime(text).isPresent() ? "" : messages.get("cases.editor.error.time", text.trim());
    }

    private String refundWindowError() {
        String text = nullToBlank(refundWindowHours.get()).trim();
        if (text.isEmpty()) {
            return "";
        }
        if (text.matches("\\d{1,5}")) {
            int hours = Integer.parseInt(text);
            if (hours > 0 && hours <= MAX_REFUND_WINDOW_HOURS) {
                return "";
            }
        }
        return messages.get("cases.editor.error.hours", String.valueOf(MAX_REFUND_WINDOW_HOURS));
    }

    private String required(String text) {
        return text == null || text.isBlank() ? messages.get("cases.editor.error.required") : "";
    }

    private String chosen(Object value) {
        return value == null ? messages.get("cases.editor.error.choose") : "";
    }

    private static StringBinding check(Callable<String> rule, Observable... inputs) {
        return Bindings.createStringBinding(rule, inputs);
    }

    private static StringProperty text() {
        return new SimpleStringProperty("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String nullToBlank(String text) {
        return text == null ? "" : text;
    }

    // Properties the view binds to.
    public StringProperty titleProperty() { return title; }
    public ObjectProperty<CaseStatus> statusProperty() { return status; }
    public StringProperty assigneeProperty() { return assignee; }
    public StringProperty tagsProperty() { return tags; }
    public StringProperty consumerNameProperty() { return consumerName; }
    public StringProperty consumerPhoneProperty() { return consumerPhone; }
    public StringProperty consumerAddressProperty() { return consumerAddress; }
    public StringProperty platformNameProperty() { return platformName; }
    public StringProperty platformUrlProperty() { return platformUrl; }
    public ObjectProperty<PlatformModel> platformModelProperty() { return platformModel; }
    public ObjectProperty<PlatformStatus> platformStatusProperty() { return platformStatus; }
    public StringProperty platformAddressProperty() { return platformAddress; }
    public StringProperty platformOperatorProperty() { return platformOperator; }
    public StringProperty platformCreditCodeProperty() { return platformCreditCode; }
    public StringProperty platformLegalRepresentativeProperty() { return platformLegalRepresentative; }
    public StringProperty orderNoProperty() { return orderNo; }
    public ObjectProperty<ProductType> productProperty() { return product; }
    public ObjectProperty<DeliveryMode> deliveryProperty() { return delivery; }
    public StringProperty amountProperty() { return amount; }
    public ObjectProperty<LocalDate> paidDateProperty() { return paidDate; }
    public StringProperty paidTimeProperty() { return paidTime; }
    public ObjectProperty<PaymentChannel> paymentProperty() { return payment; }
    public StringProperty paymentRefProperty() { return paymentRef; }
    public StringProperty targetAccountProperty() { return targetAccount; }
    public StringProperty advertisedValidityProperty() { return advertisedValidity; }
    public ObjectProperty<ProblemKind> problemKindProperty() { return problemKind; }
    public ObjectProperty<LocalDate> discoveredDateProperty() { return discoveredDate; }
    public StringProperty discoveredTimeProperty() { return discoveredTime; }
    public BooleanProperty cardKeyExtractedProperty() { return cardKeyExtracted; }
    public BooleanProperty usedProperty() { return used; }
    public BooleanProperty activatedProperty() { return activated; }
    public BooleanProperty reorderedProperty() { return reordered; }
    public StringProperty refundWindowHoursProperty() { return refundWindowHours; }
    public BooleanProperty forSomeoneElseProperty() { return forSomeoneElse; }
    public ObjectProperty<ConsentMethod> consentMethodProperty() { return consentMethod; }
    public ObjectProperty<LocalDate> consentDateProperty() { return consentDate; }
}

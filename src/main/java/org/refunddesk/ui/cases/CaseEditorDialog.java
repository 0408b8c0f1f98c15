package org.refunddesk.ui.cases;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.Property;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import org.controlsfx.validation.ValidationSupport;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.PlatformModel;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.form.EnumChoices;
import org.refunddesk.ui.form.FormGrid;

/**
 * The case editor (new / edit): a form bound to {@link CaseEditorViewModel}. Problems show next to
 * their field; Save stays disabled, and is refused, while anything is wrong. The result is the case
 * to store (nothing is stored here).
 */
public final class CaseEditorDialog extends Dialog<RefundCase> {
    private final CaseEditorViewModel model;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();

    public CaseEditorDialog(Window owner, CaseEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        initOwner(owner);
        setResizable(true);
        setTitle(messages.get(model.isNew() ? "cases.editor.title.new" : "cases.editor.title.edit"));
        getDialogPane().setId("caseEditor");
        getDialogPane().getStyleClass().add("case-editor");

        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(760);
        getDialogPane().setContent(scroll);

        ButtonType save = new ButtonType(messages.get("ui.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("saveCase");
        saveButton.disableProperty().bind(model.invalidProperty());
        // Belt and braces: even a programmatic press saves nothing while the form is invalid.
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.invalidProperty().get()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == save ? model.toCase().orElse(null) : null);
    }

    /** Shows the dialog and returns the case to save, or empty when cancelled. */
    public Optional<RefundCase> ask() {
        return showAndWait();
    }

    private FormGrid form() {
        FormGrid form = new FormGrid(validation);
        form.section(text("section.case"));
        form.addWide(text("title"), field("title", model.titleProperty()), model.error(CaseField.TITLE));
        form.add(text("status"), choice("status", CaseStatus.class, model.statusProperty(), false));
        form.add(text("assignee"), field("assignee", model.assigneeProperty()));
        form.addWide(text("tags"), field("tags", model.tagsProperty()));

        form.section(text("section.consumer"));
        form.add(text("consumerName"), field("consumerName", model.consumerNameProperty()));
        form.add(text("consumerPhone"), field("consumerPhone", model.consumerPhoneProperty()));
        form.addWide(text("consumerAddress"), field("consumerAddress", model.consumerAddressProperty()));
        CheckBox someoneElse = new CheckBox(messages.get("privacy.consent.someoneElse"));
        someoneElse.setId("consentSomeoneElse");
        someoneElse.selectedProperty().bindBidirectional(model.forSomeoneElseProperty());
        form.addWide("", someoneElse);
        ComboBox<ConsentMethod> consentMethod =
                choice("consentMethod", ConsentMethod.class, model.consentMethodProperty(), true);
        DatePicker consentDate = date("consentDate", model.consentDateProperty());
        consentMethod.disableProperty().bind(someoneElse.selectedProperty().not());
        consentDate.disableProperty().bind(someoneElse.selectedProperty().not());
        form.add(messages.get("privacy.consent.method"), consentMethod, model.error(CaseField.CONSENT_METHOD));
        form.add(messages.get("privacy.consent.date"), consentDate, model.error(CaseField.CONSENT_DATE));

        form.section(text("section.platform"));
        form.add(text("platformName"), field("platformName", model.platformNameProperty()),
                model.error(CaseField.PLATFORM_NAME));
        form.add(text("platformUrl"), field("platformUrl", model.platformUrlProperty()));
        form.add(text("platformModel"), choice("platformModel", PlatformModel.class, model.platformModelProperty(), false));
        form.add(text("platformStatus"),
                choice("platformStatus", PlatformStatus.class, model.platformStatusProperty(), false));
        form.addWide(text("platformAddress"), field("platformAddress", model.platformAddressProperty()));
        form.addWide(text("platformOperator"), field("platformOperator", model.platformOperatorProperty()));
        form.add(text("platformCreditCode"), field("platformCreditCode", model.platformCreditCodeProperty()),
                model.error(CaseField.CREDIT_CODE));
        form.add(text("platformLegalRepresentative"),
                field("platformLegalRepresentative", model.platformLegalRepresentativeProperty()));

        form.section(text("section.purchase"));
        form.add(text("orderNo"), field("orderNo", model.orderNoProperty()));
        form.add(text("product"), choice("product", ProductType.class, model.productProperty(), false),
                model.error(CaseField.PRODUCT));
        form.add(text("delivery"), choice("delivery", DeliveryMode.class, model.deliveryProperty(), false),
                model.error(CaseField.DELIVERY));
        form.add(text("amount"), field("amount", model.amountProperty()), model.error(CaseField.AMOUNT));
        form.add(text("paidDate"), date("paidDate", model.paidDateProperty()), model.error(CaseField.PAID_DATE));
        form.add(text("paidTime"), time("paidTime", model.paidTimeProperty()), model.error(CaseField.PAID_TIME));
        form.add(text("payment"), choice("payment", PaymentChannel.class, model.paymentProperty(), true));
        form.add(text("paymentRef"), field("paymentRef", model.paymentRefProperty()));
        form.add(text("targetAccount"), field("targetAccount", model.targetAccountProperty()));
        form.add(text("advertisedValidity"), field("advertisedValidity", model.advertisedValidityProperty()));

        form.section(text("section.problem"));
        form.addWide(text("problemKind"), choice("problemKind", ProblemKind.class, model.problemKindProperty(), false),
                model.error(CaseField.PROBLEM_KIND));
        form.add(text("discoveredDate"), date("discoveredDate", model.discoveredDateProperty()));
        form.add(text("discoveredTime"), time("discoveredTime", model.discoveredTimeProperty()),
                model.error(CaseField.DISCOVERED_TIME));
        form.add(text("refundWindowHours"), field("refundWindowHours", model.refundWindowHoursProperty()),
                model.error(CaseField.REFUND_WINDOW_HOURS));
        form.addWide(text("useState"), new HBox(16,
                check("cardKeyExtracted", model.cardKeyExtractedProperty()),
                check("used", model.usedProperty()),
                check("activated", model.activatedProperty()),
                check("reordered", model.reorderedProperty())));
        return form;
    }

    private String text(String field) {
        return messages.get("cases.editor." + field);
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private TextField time(String id, StringProperty value) {
        TextField field = field(id, value);
        field.setPromptText(messages.get("cases.editor.timePrompt"));
        field.setPrefColumnCount(6);
        return field;
    }

    private static DatePicker date(String id, Property<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        // 2026-11-26 in both languages, as everywhere else in the app (not the locale's 11/26/2026)
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private <E extends Enum<E>> ComboBox<E> choice(String id, Class<E> type, Property<E> value,
                                                                      boolean allowNone) {
        return EnumChoices.comboBox(id, type, value, messages, allowNone);
    }

    private CheckBox check(String id, Property<Boolean> value) {
        CheckBox box = new CheckBox(text(id));
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }
}

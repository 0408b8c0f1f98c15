package org.refunddesk.ui.wizard.eligibility;

import java.time.LocalDate;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.refunddesk.domain.Consent;
import org.refunddesk.domain.ConsentMethod;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/**
 * Page 1's last question, as in the case editor: is the consumer someone the user helps? Then how and when they
 * agreed that the helper keeps their data are required (PIPL; issue 18).
 */
public final class ConsentAnswers {
    private final BooleanProperty someoneElse = new SimpleBooleanProperty(false);
    private final ObjectProperty<ConsentMethod> method = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringBinding methodError;
    private final StringBinding dateError;
    private final BooleanBinding invalid;
    private boolean neverAsked;

    ConsentAnswers(Messages messages) {
        methodError = Errors.of(messages, () -> someoneElse.get() && method.get() == null
                ? "privacy.consent.error.method" : "", someoneElse, method);
        dateError = Errors.of(messages, () -> someoneElse.get() && date.get() == null
                ? "privacy.consent.error.date" : "", someoneElse, date);
        invalid = Errors.anyOf(methodError, dateError);
    }

    void load(RefundCase c) {
        Consent consent = c.consumer() == null ? null : c.consumer().consent();
        neverAsked = consent == null;
        if (consent != null && !consent.consumerIsUser()) {
            someoneElse.set(true);
            method.set(consent.method());
            date.set(consent.agreedOn());
        }
    }

    /** The consumer with the answer: a re-run that leaves the box unticked keeps "never asked" as it was. */
    Consumer toConsumer(Consumer base) {
        Consumer consumer = base == null ? Consumer.EMPTY : base;
        if (someoneElse.get()) {
            return consumer.withConsent(new Consent(false, method.get(), date.get()));
        }
        return neverAsked ? base : consumer.withConsent(Consent.SELF);
    }

    public BooleanProperty someoneElseProperty() {
        return someoneElse;
    }

    public ObjectProperty<ConsentMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringBinding methodError() {
        return methodError;
    }

    public StringBinding dateError() {
        return dateError;
    }

    public BooleanBinding invalid() {
        return invalid;
    }
}

package org.refunddesk.ui.timeline;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Money;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.wizard.eligibility.DateTimeAnswer;

/**
 * The "add an event" form of the case view: what happened, when (defaults to now), and the details that
 * event type needs (refund number, amount received, demand deadline, complaint channel).
 */
public final class CaseEventFormViewModel {
    /** What a user can add by hand; corrections go through "void" instead. */
    public static final List<EventType> CHOICES = Arrays.stream(EventType.values())
            .filter(t -> t != EventType.EVENT_VOIDED).toList();
    private static final Set<EventType> COMPLAINTS =
            EnumSet.of(EventType.COMPLAINT_FILED, EventType.COMPLAINT_ACCEPTED, EventType.COMPLAINT_ANSWERED);
    private static final Set<EventType> WITH_REF = EnumSet.of(EventType.REFUND_APPLIED, EventType.COMPLAINT_FILED,
            EventType.COMPLAINT_ACCEPTED, EventType.DEMAND_SENT);

    private final Clock clock;
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>();
    private final DateTimeAnswer at = new DateTimeAnswer();
    private final StringProperty ref = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final DateTimeAnswer deadline = new DateTimeAnswer();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    private final BooleanBinding asksRef;
    private final BooleanBinding asksAmount;
    private final BooleanBinding asksDeadline;
    private final BooleanBinding asksChannel;
    private final StringBinding typeError;
    private final StringBinding atError;
    private final StringBinding amountError;
    private final StringBinding deadlineError;
    private final StringBinding channelError;
    private final BooleanBinding invalid;

    public CaseEventFormViewModel(Messages messages, Clock clock) {
        this.clock = clock;
        asksRef = Bindings.createBooleanBinding(() -> WITH_REF.contains(type.get()), type);
        asksAmount = Bindings.createBooleanBinding(() -> type.get() == EventType.REFUND_RECEIVED, type);
        asksDeadline = Bindings.createBooleanBinding(() -> type.get() == EventType.DEMAND_SENT, type);
        asksChannel = Bindings.createBooleanBinding(() -> COMPLAINTS.contains(type.get()), type);
        typeError = error(messages, Bindings.createStringBinding(
                () -> type.get() == null ? "timeline.form.error.type" : "", type));
        atError = error(messages, Bindings.createStringBinding(() -> at.errorKey(true, clock.instant()),
                at.dateProperty(), at.timeProperty()));
        amountError = error(messages, Bindings.createStringBinding(() -> amountErrorKey(), amount, type));
        deadlineError = error(messages, Bindings.createStringBinding(() -> deadlineErrorKey(),
                deadline.dateProperty(), deadline.timeProperty(), at.dateProperty(), at.timeProperty(), type));
        channelError = error(messages, Bindings.createStringBinding(
                () -> asksChannel.get() && channel.get() == null ? "timeline.form.error.channel" : "",
                channel, type));
        invalid = Bindings.createBooleanBinding(
                () -> !(typeError.get() + atError.get() + amountError.get() + deadlineError.get()
                        + channelError.get()).isEmpty(),
                typeError, atError, amountError, deadlineError, channelError);
        reset();
    }

    private static StringBinding error(Messages messages, StringBinding keys) {
        return Bindings.createStringBinding(() -> keys.get().isEmpty() ? "" : messages.get(keys.get()), keys);
    }

    private String amountErrorKey() {
        if (!asksAmount.get() || amount.get() == null || amount.get().isBlank()) {
            return ""; // no amount on a refund received = the full amount
        }
        return Money.parse(amount.get()).filter(a -> a.signum() > 0).isPresent() ? "" : "timeline.form.error.amount";
    }

    private String deadlineErrorKey() {
        if (!asksDeadline.get() || deadline.isEmpty()) {
            return ""; // no deadline in the letter: the rule book's 7 days apply
        }
        if (deadline.instant().isEmpty()) {
            return "wizard.error.time";
        }
        return at.instant().filter(sent -> !deadline.instant().get().isAfter(sent)).isPresent()
                ? "timeline.form.error.deadline" : "";
    }

    /** Clears the form for the next event; the time starts at now. */
    public void reset() {
        type.set(null);
        at.set(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        ref.set("");
        amount.set("");
        deadline.set(null);
        channel.set(null);
        note.set("");
    }

    /** The event the form describes; call only when not {@link #invalid()}. */
    public CaseEvent toEvent() {
        if (invalid.get()) {
            throw new IllegalStateException("the event form is not valid");
        }
        BigDecimal money = asksAmount.get() ? Money.parse(amount.get()).orElse(null) : null;
        return new CaseEvent(null, type.get(), at.instant().orElseThrow(),
                asksChannel.get() || type.get() == EventType.DEMAND_SENT ? channel.get() : null,
                asksRef.get() ? blankToNull(ref.get()) : null,
                asksDeadline.get() ? deadline.instant().orElse(null) : null,
                money, blankToNull(note.get()), null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ObjectProperty<EventType> typeProperty() {
        return type;
    }

    public DateTimeAnswer at() {
        return at;
    }

    public StringProperty refProperty() {
        return ref;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public DateTimeAnswer deadline() {
        return deadline;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanBinding asksRef() {
        return asksRef;
    }

    public BooleanBinding asksAmount() {
        return asksAmount;
    }

    public BooleanBinding asksDeadline() {
        return asksDeadline;
    }

    public BooleanBinding asksChannel() {
        return asksChannel;
    }

    public StringBinding typeError() {
        return typeError;
    }

    public StringBinding atError() {
        return atError;
    }

    public StringBinding amountError() {
        return amountError;
    }

    public StringBinding deadlineError() {
        return deadlineError;
    }

    public StringBinding channelError() {
        return channelError;
    }

    public BooleanBinding invalid() {
        return invalid;
    }
}

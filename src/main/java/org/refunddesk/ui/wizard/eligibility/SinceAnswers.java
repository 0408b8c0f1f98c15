package org.refunddesk.ui.wizard.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/** Page 4, "what happened since": refund applied, supplement requested / sent, a complaint filed. */
public final class SinceAnswers {
    private final EventAnswer refundApplied = new EventAnswer();
    private final StringProperty refundNumber = new SimpleStringProperty("");
    private final EventAnswer supplementRequested = new EventAnswer();
    private final EventAnswer supplementSent = new EventAnswer();
    private final EventAnswer complaintFiled = new EventAnswer();
    private final ObjectProperty<Channel> complaintChannel = new SimpleObjectProperty<>();

    private final StringBinding refundAppliedError;
    private final StringBinding supplementRequestedError;
    private final StringBinding supplementSentError;
    private final StringBinding complaintError;
    private final BooleanBinding invalid;

    SinceAnswers(Messages messages, Clock clock, DateTimeAnswer paidAt) {
        refundAppliedError = errorOf(messages, clock, paidAt, refundApplied);
        supplementRequestedError = errorOf(messages, clock, paidAt, supplementRequested);
        supplementSentError = Errors.of(messages, () -> {
            String basic = supplementSent.errorKey(clock.instant(), paidAt.instant().orElse(null));
            if (!basic.isEmpty() || !supplementSent.happenedProperty().get()) {
                return basic;
            }
            if (!supplementRequested.happenedProperty().get()) {
                return "wizard.error.sentWithoutRequest";
            }
            Optional<Instant> asked = supplementRequested.at().instant();
            Optional<Instant> sent = supplementSent.at().instant();
            return asked.isPresent() && sent.isPresent() && sent.get().isBefore(asked.get())
                    ? "wizard.error.sentBeforeRequest" : "";
        }, deps(paidAt, supplementSent, supplementRequested));
        complaintError = Errors.of(messages, () -> {
            String basic = complaintFiled.errorKey(clock.instant(), paidAt.instant().orElse(null));
            if (!basic.isEmpty()) {
                return basic;
            }
            return complaintFiled.isNew() && complaintChannel.get() == null ? "wizard.error.channel" : "";
        }, concat(deps(paidAt, complaintFiled), complaintChannel));
        invalid = Errors.anyOf(refundAppliedError, supplementRequestedError, supplementSentError, complaintError);
    }

    private static StringBinding errorOf(Messages messages, Clock clock, DateTimeAnswer paidAt, EventAnswer answer) {
        return Errors.of(messages, () -> answer.errorKey(clock.instant(), paidAt.instant().orElse(null)),
                deps(paidAt, answer));
    }

    private static Observable[] deps(DateTimeAnswer paidAt, EventAnswer... answers) {
        List<Observable> list = new ArrayList<>(List.of(paidAt.dateProperty(), paidAt.timeProperty()));
        for (EventAnswer a : answers) {
            list.add(a.happenedProperty());
            list.add(a.at().dateProperty());
            list.add(a.at().timeProperty());
            list.add(a.recordedProperty());
        }
        return list.toArray(Observable[]::new);
    }

    private static Observable[] concat(Observable[] first, Observable more) {
        Observable[] all = java.util.Arrays.copyOf(first, first.length + 1);
        all[first.length] = more;
        return all;
    }

    void load(RefundCase c) {
        List<CaseEvent> events = c.effectiveEvents();
        Optional<CaseEvent> applied = latest(events, EventType.REFUND_APPLIED);
        refundApplied.loadRecorded(applied);
        refundNumber.set(applied.map(CaseEvent::ref).orElse(""));
        supplementRequested.loadRecorded(latest(events, EventType.SUPPLEMENT_REQUESTED));
        supplementSent.loadRecorded(latest(events, EventType.SUPPLEMENT_SENT));
        Optional<CaseEvent> filed = latest(events, EventType.COMPLAINT_FILED);
        complaintFiled.loadRecorded(filed);
        complaintChannel.set(filed.map(CaseEvent::channel).orElse(null));
    }

    private static Optional<CaseEvent> latest(List<CaseEvent> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).max(Comparator.comparing(CaseEvent::at));
    }

    /** The events the answers add to the case (none for answers already recorded). */
    List<CaseEvent> newEvents() {
        List<CaseEvent> events = new ArrayList<>();
        if (refundApplied.isNew()) {
            String number = refundNumber.get() == null || refundNumber.get().isBlank() ? null : refundNumber.get().trim();
            events.add(CaseEvent.of(EventType.REFUND_APPLIED, refundApplied.at().instant().orElseThrow(),
                    Channel.PLATFORM).withRef(number));
        }
        if (supplementRequested.isNew()) {
            events.add(CaseEvent.of(EventType.SUPPLEMENT_REQUESTED, supplementRequested.at().instant().orElseThrow(),
                    Channel.PLATFORM));
        }
        if (supplementSent.isNew()) {
            events.add(CaseEvent.of(EventType.SUPPLEMENT_SENT, supplementSent.at().instant().orElseThrow(),
                    Channel.PLATFORM));
        }
        if (complaintFiled.isNew()) {
            events.add(CaseEvent.of(EventType.COMPLAINT_FILED, complaintFiled.at().instant().orElseThrow(),
                    complaintChannel.get()));
        }
        return events;
    }

    public EventAnswer refundApplied() {
        return refundApplied;
    }

    public StringProperty refundNumberProperty() {
        return refundNumber;
    }

    public EventAnswer supplementRequested() {
        return supplementRequested;
    }

    public EventAnswer supplementSent() {
        return supplementSent;
    }

    public EventAnswer complaintFiled() {
        return complaintFiled;
    }

    public ObjectProperty<Channel> complaintChannelProperty() {
        return complaintChannel;
    }

    public StringBinding refundAppliedError() {
        return refundAppliedError;
    }

    public StringBinding supplementRequestedError() {
        return supplementRequestedError;
    }

    public StringBinding supplementSentError() {
        return supplementSentError;
    }

    public StringBinding complaintError() {
        return complaintError;
    }

    public BooleanBinding invalid() {
        return invalid;
    }
}

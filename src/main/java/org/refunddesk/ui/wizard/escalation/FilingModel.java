package org.refunddesk.ui.wizard.escalation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.escalation.LadderStep;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.escalation.TakenStep;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.Letter;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * Page 4 and the "final answer received" action: records the filing (the step's event with channel,
 * time, ticket number and the text as sent) or a final answer, through the repository off the FX
 * thread, then lists the clocks the rule engine started for it.
 */
public final class FilingModel {
    private final EscalationWizardViewModel owner;
    private final AppServices services;
    private final EscalationServices escalation;
    private final Messages messages;

    private final StringProperty ticketRef = new SimpleStringProperty("");
    private final StringProperty filedAt = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<CaseEvent> filedEvent = new SimpleObjectProperty<>();
    private final ObservableList<String> startedClocks = FXCollections.observableArrayList();
    private final ObservableList<Channel> pendingSteps = FXCollections.observableArrayList();

    FilingModel(EscalationWizardViewModel owner, AppServices services, EscalationServices escalation) {
        this.owner = owner;
        this.services = services;
        this.escalation = escalation;
        this.messages = services.messages();
    }

    void caseShown(RefundCase c) {
        if (filedAt.get().isBlank()) {
            filedAt.set(ReasonText.DATE_TIME.format(services.clock().instant().atZone(ReasonText.SHANGHAI)));
        }
        pendingSteps.setAll(owner.recommendationProperty().get().taken().stream()
                .filter(t -> !t.outcome().isFinal()).map(TakenStep::channel).toList());
    }

    /** Records the chosen step's filing with the letter text as it stands now. */
    public void file() {
        file(() -> { });
    }

    /** {@link #file()}, then {@code afterSaved} once the event is stored. */
    public void file(Runnable afterSaved) {
        RefundCase c = owner.refundCaseProperty().get();
        Instant at = parseTime();
        if (c == null || at == null || owner.channelProperty().get() == null) {
            return;
        }
        LadderStep step = owner.step();
        Letter letter = owner.letterProperty().get();
        Instant deadlineAt = step.filing() == EventType.DEMAND_SENT && letter != null
                ? letter.deadline().plusDays(1).atStartOfDay(ReasonText.SHANGHAI).toInstant() : null;
        CaseEvent event = new CaseEvent(null, step.filing(), at, step.channel(), blankToNull(ticketRef.get()),
                deadlineAt, null, null, null, owner.letterTextProperty().get());
        append(c, event, messages.get("escalation.wizard.task.file"), updated -> {
            filedEvent.set(event);
            startedClocks.setAll(clocksStartedBy(updated, event));
            services.dialogs().notify(messages.get("escalation.wizard.filed", messages.of(step.channel())));
            afterSaved.run();
        });
    }

    /** "Final answer received": records it and moves the wizard straight to the next step. */
    public void finalAnswer(Channel channel, EventType answer, String ref, String note) {
        RefundCase c = owner.refundCaseProperty().get();
        Instant now = services.clock().instant();
        var resolution = escalation.resolver().finalAnswer(c, channel, answer, now, ref, note, now, false);
        append(c, resolution.event(), messages.get("escalation.wizard.task.answer"), updated -> { });
    }

    private void append(RefundCase c, CaseEvent event, String title, Consumer<RefundCase> then) {
        busy.set(true);
        error.set("");
        BackgroundTask.of(title, progress -> services.cases().appendEvent(c.id(), event))
                .onSuccess(updated -> {
                    owner.show(updated);
                    then.accept(updated);
                })
                .onFailure(e -> error.set(messages.get("escalation.wizard.saveFailed", e.getMessage())))
                .onFinished(() -> busy.set(false))
                .executeWith(services.tasks());
    }

    private List<String> clocksStartedBy(RefundCase updated, CaseEvent event) {
        ReasonText text = new ReasonText(messages);
        return escalation.deadlines().deadlines(updated, services.clock().instant()).stream()
                .filter(d -> event.id().equals(d.sourceEventId()))
                .map(d -> messages.get("escalation.wizard.clock", text.format(new org.refunddesk.rules.escalation.RuleName(d.rule())), text.format(d.dueAt()),
                        d.basis() == null ? "" : d.basis()))
                .toList();
    }

    private Instant parseTime() {
        try {
            Instant at = LocalDateTime.parse(filedAt.get().strip(), ReasonText.DATE_TIME)
                    .atZone(ReasonText.SHANGHAI).toInstant();
            error.set("");
            return at;
        } catch (DateTimeParseException e) {
            error.set(messages.get("escalation.wizard.time.invalid", filedAt.get()));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty ticketRefProperty() {
        return ticketRef;
    }

    public StringProperty filedAtProperty() {
        return filedAt;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<CaseEvent> filedEventProperty() {
        return filedEvent;
    }

    public ObservableList<String> startedClocks() {
        return startedClocks;
    }

    public ObservableList<Channel> pendingSteps() {
        return pendingSteps;
    }
}

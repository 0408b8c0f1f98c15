package org.refunddesk.ui.timeline;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.form.EnumChoices;
import org.refunddesk.ui.wizard.eligibility.Questions;

/**
 * The events panel beside the timeline: add an event (fields appear as its type needs them, the time
 * defaults to now) or void the selected one with a reason.
 */
final class CaseEventForm extends Questions {
    CaseEventForm(CaseTimelineViewModel vm, Messages messages) {
        getStyleClass().add("event-form");
        setPrefWidth(330);
        setStyle("-fx-padding: 12 14 12 14;");
        CaseEventFormViewModel form = vm.form();
        Label heading = new Label(messages.get("timeline.form.title"));
        heading.getStyleClass().add("result-heading");
        add(heading);
        ComboBox<EventType> type = EnumChoices.comboBox("eventType", EventType.class, form.typeProperty(), messages,
                true);
        type.getItems().remove(EventType.EVENT_VOIDED);
        ask(messages.get("timeline.form.type"), type, form.typeError());
        String time = messages.get("wizard.prompt.time");
        ask(messages.get("timeline.form.at"), Questions.dateTime("eventAt", form.at(), time), form.atError());
        showOnlyWhen(ask(messages.get("timeline.form.ref"),
                Questions.text("eventRef", form.refProperty(), messages.get("timeline.form.refPrompt")), null),
                form.asksRef());
        showOnlyWhen(ask(messages.get("timeline.form.amount"),
                Questions.text("eventAmount", form.amountProperty(), messages.get("timeline.form.amountPrompt")),
                form.amountError()), form.asksAmount());
        showOnlyWhen(ask(messages.get("timeline.form.deadline"),
                Questions.dateTime("eventDeadline", form.deadline(), time), form.deadlineError()),
                form.asksDeadline());
        showOnlyWhen(ask(messages.get("timeline.form.channel"),
                EnumChoices.comboBox("eventChannel", Channel.class, form.channelProperty(), messages, true),
                form.channelError()), form.asksChannel().or(form.asksDeadline()));
        ask(messages.get("timeline.form.note"), Questions.text("eventNote", form.noteProperty(), ""), null);
        Button addButton = new Button(messages.get("timeline.form.add"));
        addButton.setId("addEvent");
        addButton.getStyleClass().add("accent");
        // not greyed out while a field is wrong: pressing it shows what is missing (a fresh form shows nothing)
        addButton.disableProperty().bind(vm.busyProperty());
        addButton.setOnAction(e -> {
            if (form.invalid().get()) {
                errors().revealAll();
            } else {
                vm.addEvent();
                errors().reset(); // the form empties itself once stored: a fresh form again
            }
        });
        add(addButton);

        Label voidHeading = new Label(messages.get("timeline.void.title"));
        voidHeading.getStyleClass().add("result-heading");
        Label hint = new Label(messages.get("timeline.void.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        TextField reason = Questions.text("voidReason", vm.voidReasonProperty(), messages.get("timeline.void.prompt"));
        org.refunddesk.ui.form.Accessible.byHint(reason);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button voidButton = new Button(messages.get("timeline.void.button"));
        voidButton.setId("voidEvent");
        voidButton.disableProperty().bind(vm.canVoid().not());
        voidButton.setOnAction(e -> vm.voidSelected());
        add(voidHeading);
        add(hint);
        add(new HBox(6, reason, voidButton));
    }
}

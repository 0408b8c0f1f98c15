package org.refunddesk.ui.wizard.escalation;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.form.WizardButtons;

/** Page 1: steps taken and their outcomes, evidence completeness, the recommended step and the alternatives. */
final class StandingPage extends WizardPane {
    private final EscalationWizardViewModel model;

    StandingPage(EscalationWizardViewModel model) {
        this.model = model;
        Messages m = model.messages();
        setId("standingPage");
        setHeaderText(m.get("escalation.wizard.page1"));

        Label evidence = new Label();
        evidence.setId("evidenceScore");
        evidence.textProperty().bind(model.evidenceTextProperty());
        ListView<String> taken = new ListView<>(model.takenLines());
        taken.setId("takenSteps");
        taken.setAccessibleText(m.get("escalation.section"));
        taken.setPrefHeight(110);
        taken.setPlaceholder(new Label(m.get("escalation.wizard.taken.none")));
        Label standing = new Label();
        standing.setId("standing");
        standing.setWrapText(true);
        // a wrapping label in a VBox is otherwise cut to one line with "…"
        standing.setMinHeight(Region.USE_PREF_SIZE);
        standing.textProperty().bind(model.standingProperty());
        ComboBox<Channel> step = channelBox(model.channelChoices(), m);
        step.setId("stepChoice");
        step.setAccessibleText(m.get("escalation.menu"));
        step.valueProperty().bindBidirectional(model.channelProperty());

        VBox content = new VBox(8, new Label(m.get("escalation.wizard.taken")), taken, evidence,
                new Label(m.get("escalation.wizard.recommendation")), standing,
                new HBox(8, new Label(m.get("escalation.wizard.step")), step), finalAnswerRow(m));
        content.setPrefWidth(720);
        taken.setMinHeight(80);
        // the recommendation arrives after the dialog has its size: a fixed viewport scrolls a long one
        // instead of pushing the wizard's buttons out of the dialog
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(440);
        scroll.getStyleClass().add("edge-to-edge");
        setContent(scroll);
    }

    /** "Final answer received": pick a pending step, the kind of answer, a note, and record it. */
    private VBox finalAnswerRow(Messages m) {
        ComboBox<Channel> channel = channelBox(model.filing().pendingSteps(), m);
        channel.setId("answerChannel");
        ComboBox<EventType> type = new ComboBox<>(FXCollections.observableArrayList(
                List.of(EventType.COMPLAINT_ANSWERED, EventType.REFUND_REJECTED)));
        type.setId("answerType");
        type.setConverter(enumText(m));
        type.getSelectionModel().selectFirst();
        TextField note = new TextField();
        note.setId("answerNote");
        note.setPromptText(m.get("escalation.wizard.answer.note"));
        HBox.setHgrow(note, Priority.ALWAYS);
        Button record = new Button(m.get("escalation.wizard.answer.record"));
        record.setId("recordAnswer");
        record.disableProperty().bind(Bindings.or(channel.valueProperty().isNull(), model.filing().busyProperty()));
        record.setOnAction(e -> model.filing().finalAnswer(channel.getValue(), type.getValue(), null, note.getText()));
        // the label on its own line: beside the controls it and the buttons were cut ("Final answer rec…")
        type.setMinWidth(Region.USE_PREF_SIZE);
        record.setMinWidth(Region.USE_PREF_SIZE);
        VBox row = new VBox(4, new Label(m.get("escalation.wizard.answer")), new HBox(8, channel, type, note, record));
        row.visibleProperty().bind(Bindings.isNotEmpty(model.filing().pendingSteps()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    static ComboBox<Channel> channelBox(ObservableList<Channel> items, Messages m) {
        ComboBox<Channel> box = new ComboBox<>(items);
        box.setConverter(enumText(m));
        return box;
    }

    static <E extends Enum<E>> StringConverter<E> enumText(Messages m) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : m.of(value);
            }

            @Override
            public E fromString(String string) {
                return null;
            }
        };
    }

    @Override
    public void onEnteringPage(Wizard wizard) {
        WizardButtons.localise(this, model.messages());
        wizard.invalidProperty().bind(model.noStepProperty());
    }

    @Override
    public void onExitingPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
    }
}

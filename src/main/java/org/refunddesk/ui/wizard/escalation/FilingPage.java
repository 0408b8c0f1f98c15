package org.refunddesk.ui.wizard.escalation;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.form.WizardButtons;

/** Page 4: record the filing (time, ticket number, the text as sent) and see the clocks it started. */
final class FilingPage extends WizardPane {
    private final Messages messages;
    private final EscalationWizardViewModel model;

    FilingPage(EscalationWizardViewModel model) {
        this.messages = model.messages();
        this.model = model;
        FilingModel filing = model.filing();
        Messages m = model.messages();
        setId("filingPage");
        setHeaderText(m.get("escalation.wizard.page4"));

        Label channel = new Label();
        channel.setId("filingChannel");
        channel.textProperty().bind(Bindings.createStringBinding(() -> model.channelProperty().get() == null ? ""
                : m.get("escalation.wizard.filing.channel", m.of(model.channelProperty().get()),
                m.of(model.step().filing())), model.channelProperty()));
        TextField time = new TextField();
        time.setId("filedAt");
        time.textProperty().bindBidirectional(filing.filedAtProperty());
        TextField ticket = new TextField();
        ticket.setId("ticketRef");
        ticket.setPromptText(m.get("escalation.wizard.ticket.prompt"));
        ticket.setPrefColumnCount(22); // room for the whole prompt and a typical 12315 ticket number
        ticket.textProperty().bindBidirectional(filing.ticketRefProperty());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(m.get("escalation.wizard.time")), time);
        form.addRow(1, new Label(m.get("escalation.wizard.ticket")), ticket);

        Button file = new Button(m.get("escalation.wizard.file"));
        file.setId("fileComplaint");
        file.disableProperty().bind(Bindings.or(filing.busyProperty(), filing.filedEventProperty().isNotNull()));
        file.setOnAction(e -> filing.file());
        Label error = new Label();
        error.setId("filingError");
        error.getStyleClass().add("error");
        error.textProperty().bind(filing.errorProperty());
        Label started = new Label(m.get("escalation.wizard.clocks"));
        ListView<String> clocks = new ListView<>(filing.startedClocks());
        clocks.setId("startedClocks");
        clocks.setPrefHeight(90);
        clocks.setPlaceholder(new Label(m.get("escalation.wizard.clocks.none")));
        VBox after = new VBox(6, started, clocks);
        after.visibleProperty().bind(filing.filedEventProperty().isNotNull());
        VBox content = new VBox(10, channel, form, file, error, after);
        content.setPrefWidth(720);
        setContent(content);
    }

    @Override
    public void onEnteringPage(Wizard wizard) {
        WizardButtons.localise(this, messages);
        // the header names the channel the finish question and the confirmation name
        setHeaderText(model.channelProperty().get() == null ? messages.get("escalation.wizard.page4")
                : messages.get("escalation.wizard.page4.channel", messages.of(model.channelProperty().get())));
        wizard.invalidProperty().unbind();
        wizard.setInvalid(false);
    }
}

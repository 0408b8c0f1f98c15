package org.refunddesk.ui.wizard.eligibility;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.refunddesk.domain.Channel;
import org.refunddesk.ui.form.EnumChoices;

/** Page 4: what has happened since (each "yes" asks when; answers already in the case are shown as recorded). */
final class SincePage extends QuestionPage {
    SincePage(EligibilityWizardViewModel vm) {
        super(WizardPage.SINCE, vm);
        SinceAnswers s = vm.since();
        String time = messages.get("wizard.prompt.time");
        event("refundApplied", s.refundApplied(), s.refundAppliedError(),
                Questions.dateTime("refundAppliedAt", s.refundApplied().at(), time),
                Questions.text("refundNumber", s.refundNumberProperty(), messages.get("wizard.prompt.refundNumber")));
        event("supplementRequested", s.supplementRequested(), s.supplementRequestedError(),
                Questions.dateTime("supplementRequestedAt", s.supplementRequested().at(), time));
        event("supplementSent", s.supplementSent(), s.supplementSentError(),
                Questions.dateTime("supplementSentAt", s.supplementSent().at(), time));
        event("complaintFiled", s.complaintFiled(), s.complaintError(),
                EnumChoices.comboBox("complaintChannel", Channel.class, s.complaintChannelProperty(), messages, true),
                Questions.dateTime("complaintFiledAt", s.complaintFiled().at(), time));
    }

    private void event(String id, EventAnswer answer, ObservableStringValue error, Node... details) {
        CheckBox yes = Questions.yes(id, messages.get("wizard.q." + id), answer.happenedProperty());
        yes.disableProperty().bind(answer.recordedProperty());
        Label recorded = new Label(messages.get("wizard.since.recorded"));
        recorded.getStyleClass().add("hint");
        Questions.showOnlyWhen(recorded, answer.recordedProperty());
        VBox more = new VBox(6, details);
        more.disableProperty().bind(answer.recordedProperty());
        BooleanBinding open = Bindings.createBooleanBinding(() -> answer.happenedProperty().get(),
                answer.happenedProperty());
        Questions.showOnlyWhen(more, open);
        questions.ask(null, new VBox(4, yes, recorded, more), error);
    }
}

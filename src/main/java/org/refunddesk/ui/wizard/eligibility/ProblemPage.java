package org.refunddesk.ui.wizard.eligibility;

import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.refunddesk.domain.ProblemKind;

/** Page 2: what went wrong, in the user's own words. */
final class ProblemPage extends QuestionPage {
    private final ToggleGroup kinds = new ToggleGroup();

    ProblemPage(EligibilityWizardViewModel vm) {
        super(WizardPage.PROBLEM, vm);
        ProblemAnswers p = vm.problem();
        VBox choices = new VBox(6);
        choices.setId("problemKinds");
        for (ProblemKind kind : ProblemKind.values()) {
            String key = "wizard.problem." + kind.name();
            RadioButton option = new RadioButton(messages.has(key) ? messages.get(key) : messages.of(kind));
            option.setId("problem-" + kind.name());
            option.setUserData(kind);
            option.setToggleGroup(kinds);
            option.setWrapText(true);
            choices.getChildren().add(option);
        }
        selectFrom(p.kindProperty().get());
        kinds.selectedToggleProperty().addListener((o, was, now) ->
                p.kindProperty().set(now == null ? null : (ProblemKind) now.getUserData()));
        p.kindProperty().addListener((o, was, now) -> selectFrom(now));
        questions.ask(messages.get("wizard.q.problem"), choices, p.kindError());

        Questions.showOnlyWhen(questions.ask(messages.get("wizard.q.advertised"),
                Questions.text("advertised", p.advertisedValidityProperty(), messages.get("wizard.prompt.advertised")),
                null), p.asksAdvertising());
        Questions.showOnlyWhen(questions.ask(messages.get("wizard.q.reordered"),
                Questions.yes("reordered", messages.get("wizard.yes"), p.reorderedProperty()), null), p.asksReordered());
        Questions.showOnlyWhen(questions.ask(messages.get("wizard.q.feeDisclosed"), feeChoices(p), null),
                p.asksFeeDisclosed());
        questions.ask(messages.get("wizard.q.discovered"),
                Questions.dateTime("discovered", p.discoveredAt(), messages.get("wizard.prompt.time")),
                p.discoveredAtError());
        questions.ask(messages.get("wizard.q.window"),
                Questions.text("windowHours", p.refundWindowHoursProperty(), messages.get("wizard.prompt.window")),
                p.windowError());
    }

    /** Yes / no / don't know for the fee question: true / false / null in the case. */
    private HBox feeChoices(ProblemAnswers p) {
        ToggleGroup answers = new ToggleGroup();
        HBox box = new HBox(16);
        box.setId("feeDisclosed");
        String[][] options = {{"Yes", "wizard.fee.yes"}, {"No", "wizard.fee.no"}, {"Unknown", "wizard.fee.unknown"}};
        Boolean[] values = {Boolean.TRUE, Boolean.FALSE, null};
        for (int i = 0; i < options.length; i++) {
            RadioButton option = new RadioButton(messages.get(options[i][1]));
            option.setId("feeDisclosed" + options[i][0]);
            option.setToggleGroup(answers);
            Boolean value = values[i];
            option.setOnAction(e -> p.feeDisclosedProperty().set(value));
            box.getChildren().add(option);
        }
        Boolean known = p.feeDisclosedProperty().get();
        if (known != null) {
            answers.selectToggle(answers.getToggles().get(known ? 0 : 1));
        }
        return box;
    }

    private void selectFrom(ProblemKind kind) {
        Toggle match = kinds.getToggles().stream().filter(t -> t.getUserData() == kind).findFirst().orElse(null);
        if (kinds.getSelectedToggle() != match) {
            kinds.selectToggle(match);
        }
    }
}

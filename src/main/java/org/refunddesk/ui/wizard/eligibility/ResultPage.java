package org.refunddesk.ui.wizard.eligibility;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

/** The last page: the verdict in one sentence, warnings, reasons, routes, claims and the next deadlines. */
final class ResultPage extends QuestionPage {
    private final EligibilityWizardViewModel vm;
    private final Consumer<WizardPane> onEnter;

    /** {@code onEnter} runs each time the page is shown (set up its buttons, start the assessment). */
    ResultPage(EligibilityWizardViewModel vm, Consumer<WizardPane> onEnter) {
        super(WizardPage.RESULT, vm);
        this.vm = vm;
        this.onEnter = onEnter;
        vm.resultProperty().addListener((o, was, now) -> show(now));
        show(vm.resultProperty().get());
    }

    @Override
    public void onEnteringPage(Wizard wizard) {
        super.onEnteringPage(wizard);
        onEnter.accept(this);
    }

    private void show(ResultSummary result) {
        questions.getChildren().clear();
        if (result == null) {
            ProgressIndicator busy = new ProgressIndicator();
            busy.setId("resultBusy");
            Label failed = new Label();
            failed.getStyleClass().add("field-error");
            failed.textProperty().bind(vm.resultErrorProperty());
            questions.add(new VBox(8, busy, failed));
            return;
        }
        Label sentence = new Label(result.verdictSentence());
        sentence.setId("verdictSentence");
        sentence.getStyleClass().add("verdict-sentence");
        sentence.setWrapText(true);
        questions.add(sentence);
        for (int i = 0; i < result.redFlagWarnings().size(); i++) {
            Label warning = new Label(result.redFlagWarnings().get(i));
            warning.setId("redFlagWarning" + i);
            warning.getStyleClass().add("red-flag-warning");
            warning.setWrapText(true);
            warning.setMaxWidth(Double.MAX_VALUE);
            questions.add(warning);
        }
        section("resultDeadlines", "wizard.result.deadlines", deadlines(result.nextDeadlines()));
        section("resultReasons", "wizard.result.reasons", lines(result.reasons()));
        section("resultRoutes", "wizard.result.routes", lines(result.routes()));
        section("resultClaims", "wizard.result.claims", lines(result.claims()));
        Label footer = new Label(messages.get("wizard.result.footer", result.rulebookVersion()));
        footer.getStyleClass().add("hint");
        footer.setWrapText(true);
        questions.add(footer);
    }

    private void section(String id, String headingKey, Node body) {
        Label heading = new Label(messages.get(headingKey));
        heading.getStyleClass().add("result-heading");
        body.setId(id);
        questions.add(heading);
        questions.add(body);
    }

    private VBox lines(List<String> texts) {
        VBox box = new VBox(4);
        if (texts.isEmpty()) {
            box.getChildren().add(new Label(messages.get("wizard.result.none")));
        }
        for (String text : texts) {
            Label line = new Label("• " + text);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        return box;
    }

    private Node deadlines(List<ResultSummary.DeadlineLine> lines) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        if (lines.isEmpty()) {
            grid.add(new Label(messages.get("wizard.result.none")), 0, 0);
        }
        for (int row = 0; row < lines.size(); row++) {
            ResultSummary.DeadlineLine d = lines.get(row);
            Label name = new Label(d.name());
            name.setId("deadline-" + d.rule());
            Label countdown = new Label(d.countdown());
            countdown.setId("countdown-" + d.rule());
            countdown.getStyleClass().add("countdown");
            grid.addRow(row, name, new Label(d.due()), countdown);
        }
        return grid;
    }
}

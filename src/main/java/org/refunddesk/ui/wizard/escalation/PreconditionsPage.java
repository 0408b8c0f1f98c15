package org.refunddesk.ui.wizard.escalation;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.refunddesk.domain.Channel;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.form.WizardButtons;

/** Page 2: each precondition of the chosen step, failing ones explained and linked to the case editor. */
final class PreconditionsPage extends WizardPane {
    private final EscalationWizardViewModel model;
    private final Runnable editCase;
    private final VBox rows = new VBox(6);

    PreconditionsPage(EscalationWizardViewModel model, Runnable editCase) {
        this.model = model;
        this.editCase = editCase;
        Messages m = model.messages();
        setId("preconditionsPage");
        setHeaderText(m.get("escalation.wizard.page2"));

        TextField wage = new TextField();
        wage.setId("provinceWage");
        wage.setPromptText(m.get("escalation.wizard.wage.prompt"));
        wage.textProperty().bindBidirectional(model.provinceWageProperty());
        Label wageError = new Label();
        wageError.getStyleClass().add("error");
        wageError.textProperty().bind(model.provinceWageErrorProperty());
        HBox wageRow = new HBox(8, new Label(m.get("escalation.wizard.wage")), wage, wageError);
        wageRow.visibleProperty().bind(model.channelProperty().isEqualTo(Channel.SMALL_CLAIMS_COURT));
        wageRow.managedProperty().bind(wageRow.visibleProperty());

        rows.setId("checks");
        model.checks().addListener((ListChangeListener<CheckRow>) change -> rebuild());
        rebuild();
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(320);
        VBox refusalBox = refusalBox(model, m);
        VBox content = new VBox(8, refusalBox, whereToFind(m), wageRow, scroll);
        content.setPrefWidth(720);
        setContent(content);
    }

    /** Why the chosen step does not fit, and a box to tick after reading it (the wizard goes on only then). */
    private static VBox refusalBox(EscalationWizardViewModel model, Messages m) {
        Label heading = new Label(m.get("letters.wizard.refused"));
        heading.getStyleClass().add("error");
        heading.setWrapText(true);
        VBox reasons = new VBox(4);
        reasons.setId("refusals");
        Runnable fill = () -> reasons.getChildren().setAll(model.refusals().stream().map(text -> {
            Label l = new Label("• " + text);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE); // every line of the reason, never cut with "…"
            l.getStyleClass().add("refusal");
            return l;
        }).toList());
        model.refusals().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        CheckBox read = new CheckBox(m.get("letters.wizard.readRefusals"));
        read.setId("refusalsRead");
        read.setWrapText(true);
        read.selectedProperty().bindBidirectional(model.refusalsReadProperty());
        VBox box = new VBox(6, heading, reasons, read);
        box.setId("refusalBox");
        box.getStyleClass().add("refusal-box");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.refusals()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * Where to find the business's legal identity (a 12315 complaint and a court claim name it), with a link to
     * fill it in; shown for those steps and whenever a step is refused.
     */
    private VBox whereToFind(Messages m) {
        Label where = new Label(m.get("letters.wizard.whereToFind"));
        where.setId("whereToFind");
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        Hyperlink edit = new Hyperlink(m.get("escalation.wizard.identity.edit"));
        edit.setId("editIdentity");
        edit.setOnAction(e -> editCase.run());
        VBox box = new VBox(2, where, edit);
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.refusals().isEmpty()
                        || model.channelProperty().get() == Channel.REGULATOR_12315
                        || model.channelProperty().get() == Channel.SMALL_CLAIMS_COURT,
                model.refusals(), model.channelProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void rebuild() {
        Messages m = model.messages();
        rows.getChildren().clear();
        for (CheckRow row : model.checks()) {
            Label status = new Label(row.status());
            status.getStyleClass().add("check-" + row.result().status().name().toLowerCase(Locale.ROOT));
            status.setMinWidth(60);
            Label text = new Label(row.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(8, status, text);
            line.setId("check-" + row.result().precondition() + "-" + row.result().status());
            if (row.fixableInCaseEditor()) {
                Hyperlink fix = new Hyperlink(m.get("escalation.wizard.fix." + row.result().fix()));
                fix.setId("fix-" + row.result().fix());
                fix.setMinWidth(Region.USE_PREF_SIZE); // the link's words, not "…"
                fix.setOnAction(e -> editCase.run());
                line.getChildren().add(fix);
            }
            rows.getChildren().add(line);
        }
    }

    @Override
    public void onEnteringPage(Wizard wizard) {
        WizardButtons.localise(this, model.messages());
        wizard.invalidProperty().bind(model.page2BlockedProperty());
    }

    @Override
    public void onExitingPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
    }
}

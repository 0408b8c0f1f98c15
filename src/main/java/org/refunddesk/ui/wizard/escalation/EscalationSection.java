package org.refunddesk.ui.wizard.escalation;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.state.CaseModel;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * The case workspace's "escalation and letters" section: the steps already taken, the ladder's standing and
 * the button that opens the escalation wizard. It follows the case's one model, so a step recorded anywhere
 * shows here.
 */
final class EscalationSection extends VBox {
    private final EscalationWizardViewModel[] model = {null};
    // held here: the shared model references it only weakly
    private final ChangeListener<RefundCase> follow;

    EscalationSection(AppServices services, CaseModel caseModel, Supplier<EscalationServices> rules,
                      EvidenceStatus.Source evidence, Consumer<RefundCase> escalate) {
        super(8);
        Messages m = services.messages();
        setId("escalationSection");
        getStyleClass().add("workspace-section");
        ListView<String> taken = new ListView<>();
        taken.setId("escalationTaken");
        taken.setAccessibleText(m.get("escalation.section"));
        taken.setPlaceholder(new Label(m.get("escalation.wizard.taken.none")));
        taken.setPrefHeight(140);
        Label standing = new Label();
        standing.setId("escalationStanding");
        standing.setWrapText(true);
        Button open = new Button(m.get("escalation.menu"));
        open.setId("escalationOpenWizard");
        open.setOnAction(e -> escalate.accept(caseModel.get()));
        VBox.setVgrow(taken, Priority.ALWAYS);
        getChildren().addAll(new Label(m.get("escalation.wizard.taken")), taken,
                new Label(m.get("escalation.wizard.recommendation")), standing, open);

        follow = (o, was, now) -> {
            if (model[0] != null && now != null) {
                model[0].show(now);
            }
        };
        caseModel.refundCaseProperty().addListener(new javafx.beans.value.WeakChangeListener<>(follow));
        BackgroundTask.of(m.get("escalation.wizard.task.load"), progress -> rules.get())
                .onSuccess(loaded -> {
                    EscalationWizardViewModel vm = new EscalationWizardViewModel(services, loaded, evidence);
                    model[0] = vm;
                    taken.setItems(vm.takenLines());
                    standing.textProperty().bind(vm.standingProperty());
                    vm.show(caseModel.get());
                })
                .onFailure(e -> standing.setText(String.valueOf(e.getMessage())))
                .executeWith(services.tasks());
    }
}

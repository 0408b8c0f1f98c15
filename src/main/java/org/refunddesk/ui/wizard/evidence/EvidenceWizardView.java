package org.refunddesk.ui.wizard.evidence;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.help.GuideWindow;

/**
 * The evidence wizard for one case: the completeness score on top, three pages (checklist, what each
 * file shows, gaps and export) and Back / Next. All state is in {@link EvidenceWizardViewModel}.
 */
public final class EvidenceWizardView extends BorderPane {
    private final ChecklistPage checklistPage;

    public EvidenceWizardView(EvidenceWizardViewModel model) {
        Messages m = model.messages();
        setId("evidenceWizard");
        setPadding(new Insets(10));
        getStyleClass().add("evidence-wizard");
        getStylesheets().add(EvidenceWizardView.class.getResource("evidence.css").toExternalForm());

        Label title = new Label(m.get("evidence.ui.title", model.refundCase().title()));
        title.getStyleClass().add("evidence-title");
        ProgressBar scoreBar = new ProgressBar();
        scoreBar.setId("evidenceScoreBar");
        scoreBar.setPrefWidth(240);
        scoreBar.progressProperty().bind(model.scoreFractionProperty());
        Label score = new Label();
        score.setId("evidenceScore");
        score.textProperty().bind(model.scoreTextProperty());
        setTop(new VBox(6, title, new HBox(8, new Label(m.get("evidence.ui.score.label")), scoreBar, score)));

        checklistPage = new ChecklistPage(model);
        List<Node> pages = List.of(checklistPage, new FactsPage(model), new GapsPage(model, new EvidenceExport(model)));
        StackPane stack = new StackPane();
        stack.getChildren().addAll(pages);
        for (int i = 0; i < pages.size(); i++) {
            int index = i;
            pages.get(i).visibleProperty().bind(model.pageProperty().isEqualTo(index));
        }
        BorderPane.setMargin(stack, new Insets(10, 0, 10, 0));
        setCenter(stack);

        Label step = new Label();
        step.setId("wizardStep");
        step.textProperty().bind(Bindings.createStringBinding(() -> m.get("evidence.ui.step",
                model.pageProperty().get() + 1, EvidenceWizardViewModel.PAGES,
                m.get("evidence.ui.page." + model.pageProperty().get())), model.pageProperty()));
        Button back = new Button(m.get("evidence.ui.back"));
        back.setId("wizardBack");
        back.disableProperty().bind(model.canGoBack().not());
        back.setOnAction(e -> model.back());
        Button next = new Button(m.get("evidence.ui.next"));
        next.setId("wizardNext");
        next.disableProperty().bind(model.canGoNext().not());
        next.setOnAction(e -> model.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button help = new Button("?");
        help.setId("wizardHelp");
        help.setTooltip(new javafx.scene.control.Tooltip(m.get("help.wizard.tooltip")));
        help.setAccessibleText(m.get("help.wizard.tooltip"));
        help.setOnAction(e -> GuideWindow.show(getScene().getWindow(), m, "evidence"));
        setBottom(new HBox(8, help, step, spacer, back, next));
    }

    /** The checklist row of an item, where files can be dropped. */
    ChecklistRowView checklistRow(String checklistItemId) {
        return checklistPage.row(checklistItemId).orElseThrow();
    }
}

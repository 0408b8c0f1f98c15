package org.refunddesk.ui.workspace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.main.MainWindow;

/**
 * One case's workspace: the header (title, platform, amount outstanding, verdict, who is responsible), the
 * "what to do now" card with one button, and the sections (timeline, evidence, escalation) built lazily for the
 * case's one model. Everything is bound to {@link CaseWorkspaceViewModel}, which follows that model.
 */
public final class CaseWorkspaceView extends BorderPane {
    private final TabPane sections = new TabPane();
    private final Map<String, Tab> sectionTabs = new HashMap<>();

    public CaseWorkspaceView(CaseWorkspaceViewModel vm, List<MainWindow.CaseSection> parts, Messages m) {
        setId("caseWorkspace");
        getStyleClass().add("case-workspace");
        getStylesheets().add(CaseWorkspaceView.class.getResource("workspace.css").toExternalForm());

        Label title = new Label();
        title.setId("workspaceTitle");
        title.getStyleClass().add("workspace-title");
        title.textProperty().bind(vm.titleText());
        title.setWrapText(true);
        FlowPane facts = new FlowPane(18, 4);
        facts.getStyleClass().add("workspace-facts");
        facts.getChildren().addAll(fact("workspacePlatform", vm.platformText()),
                fact("workspaceOutstanding", vm.outstandingText()), fact("workspaceVerdict", vm.verdictText()),
                fact("workspaceResponsible", vm.responsibleText()), fact("workspaceStatus", vm.statusText()));
        VBox header = new VBox(4, title, facts);
        header.getStyleClass().add("workspace-header");

        Label cardTitle = new Label(m.get("workspace.next.title"));
        cardTitle.getStyleClass().add("card-title");
        Label what = new Label();
        what.setId("nextStepText");
        what.setWrapText(true);
        what.textProperty().bind(vm.nextStepText());
        Label due = new Label();
        due.setId("nextStepDeadline");
        due.getStyleClass().add("hint");
        due.setWrapText(true);
        due.textProperty().bind(vm.nextDeadlineText());
        due.visibleProperty().bind(vm.nextDeadlineText().isNotEmpty());
        due.managedProperty().bind(due.visibleProperty());
        Button start = new Button();
        start.setId("nextStepButton");
        start.getStyleClass().add("accent");
        start.textProperty().bind(vm.nextActionText());
        start.visibleProperty().bind(vm.nextActionText().isNotEmpty());
        start.managedProperty().bind(start.visibleProperty());
        start.setOnAction(e -> vm.startNextStep());
        start.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(4, cardTitle, what, due);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox card = new HBox(12, text, start);
        card.setId("nextStepCard");
        card.getStyleClass().add("next-step-card");

        VBox top = new VBox(8, header, card);
        top.setPadding(new Insets(10, 12, 6, 12));
        setTop(top);

        sections.setId("workspaceSections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (MainWindow.CaseSection part : parts) {
            Tab tab = new Tab(part.title());
            tab.setId("section-" + part.id());
            // built when first shown: an evidence or escalation section reads the store
            Runnable build = () -> {
                if (tab.getContent() == null) {
                    tab.setContent(part.view().apply(vm.model()));
                }
            };
            tab.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    build.run();
                }
            });
            if (sections.getTabs().isEmpty()) {
                build.run();
            }
            sections.getTabs().add(tab);
            sectionTabs.put(part.id(), tab);
        }
        setCenter(sections);
        vm.setSectionOpener(this::showSection);
    }

    /** Brings a section to the front (null or unknown: leaves the sections as they are). */
    public void showSection(String id) {
        Tab tab = id == null ? null : sectionTabs.get(id);
        if (tab != null) {
            sections.getSelectionModel().select(tab);
        }
    }

    private static Label fact(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> text.getValue() != null && !text.getValue().isEmpty(), text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}

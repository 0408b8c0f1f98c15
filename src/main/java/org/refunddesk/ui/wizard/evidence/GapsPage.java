package org.refunddesk.ui.wizard.evidence;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.refunddesk.rules.i18n.Messages;

/** Page 3: what the chain still lacks (most important first), verify now, export the bundle with progress. */
final class GapsPage extends VBox {
    GapsPage(EvidenceWizardViewModel model, EvidenceExport export) {
        super(8);
        Messages m = model.messages();
        setId("evidencePageGaps");
        ListView<String> gaps = new ListView<>(model.gaps());
        gaps.setId("gapList");
        gaps.setPlaceholder(new Label(m.get("evidence.ui.gaps.none")));
        VBox.setVgrow(gaps, Priority.ALWAYS);
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("problemList");
        problems.setPrefHeight(80);
        Label verification = new Label();
        verification.setId("verificationResult");
        verification.setWrapText(true);
        verification.textProperty().bind(model.verificationProperty());
        problems.setPlaceholder(verification);
        Button verify = new Button(m.get("evidence.ui.verify.button"));
        verify.setId("verifyNow");
        verify.disableProperty().bind(model.busyProperty());
        verify.setOnAction(e -> model.verifyNow());
        Button exportButton = new Button(m.get("evidence.ui.export.button"));
        exportButton.setId("exportBundle");
        exportButton.disableProperty().bind(export.runningProperty().or(model.busyProperty()));
        exportButton.setOnAction(e -> export.exportBundle());
        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.progressProperty().bind(export.progressProperty());
        progress.visibleProperty().bind(export.runningProperty().or(export.progressProperty().greaterThan(0)));
        javafx.scene.control.CheckBox inFull = new javafx.scene.control.CheckBox(m.get("privacy.export.showInFull"));
        inFull.setId("bundleShowInFull");
        // not bound both ways: a declined confirmation resets the property inside its own change, which a
        // bidirectional binding would not pass back to the box
        inFull.setSelected(export.showInFullProperty().get());
        inFull.setOnAction(e -> export.showInFullProperty().set(inFull.isSelected()));
        export.showInFullProperty().addListener((o, was, now) -> inFull.setSelected(export.showInFullProperty().get()));
        inFull.disableProperty().bind(export.runningProperty());
        HBox actions = new HBox(8, verify, exportButton, inFull, progress);
        getChildren().addAll(new Label(m.get("evidence.ui.gaps.title")), gaps,
                new Label(m.get("evidence.ui.verify.title")), problems, actions,
                new Label(m.get("evidence.ui.export.draftNote")));
    }
}

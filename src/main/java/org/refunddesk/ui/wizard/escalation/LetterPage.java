package org.refunddesk.ui.wizard.escalation;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.Letter;
import org.refunddesk.ui.form.WizardButtons;

/** Page 3: the draft for the chosen step, editable, with copy and save-as-DOCX, marked as a draft. */
final class LetterPage extends WizardPane {
    private final EscalationWizardViewModel model;

    LetterPage(EscalationWizardViewModel model, Runnable saveDocx) {
        this.model = model;
        Messages m = model.messages();
        setId("letterPage");
        setHeaderText(m.get("escalation.wizard.page3"));

        Label banner = new Label();
        banner.setId("letterBanner");
        banner.setWrapText(true);
        banner.setMinHeight(Region.USE_PREF_SIZE); // wrapped, not cut with "…" (the English draft notice is long)
        banner.getStyleClass().add("warning");
        banner.textProperty().bind(Bindings.createStringBinding(() -> model.letterProperty().get() == null ? ""
                : model.letterProperty().get().banner(), model.letterProperty()));
        ChoiceBox<Locale> language = new ChoiceBox<>();
        language.setId("letterLanguage");
        language.getItems().setAll(Messages.CHINESE, Messages.ENGLISH);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : m.get("escalation.wizard.language." + l.getLanguage());
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.letterLanguageProperty());
        TextArea text = new TextArea();
        text.setId("letterText");
        text.setWrapText(true);
        text.setPrefRowCount(18);
        VBox.setVgrow(text, Priority.ALWAYS); // the dialog has one size on every page: the draft takes the room
        text.textProperty().bindBidirectional(model.letterTextProperty());
        ListView<String> conflicts = new ListView<>(model.conflicts());
        conflicts.setId("conflicts");
        conflicts.setPrefHeight(60);
        conflicts.visibleProperty().bind(Bindings.isNotEmpty(model.conflicts()));
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        Button copy = new Button(m.get("escalation.wizard.copy"));
        copy.setId("copyLetter");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.letterTextProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button docx = new Button(m.get("escalation.wizard.docx"));
        docx.setId("saveDocx");
        docx.setOnAction(e -> saveDocx.run());
        VBox content = new VBox(8, banner, new HBox(8, new Label(m.get("escalation.wizard.language")), language, copy,
                docx), text, blanks(text, m), conflicts);
        content.setPrefWidth(720);
        setContent(content);
    }

    /**
     * The blanks the draft leaves for the user, each a highlighted chip; clicking one (and opening the
     * page) selects that blank in the text, so the user sees where to type.
     */
    private FlowPane blanks(TextArea text, Messages m) {
        FlowPane chips = new FlowPane(6, 4);
        chips.setId("letterBlanks");
        Runnable fill = () -> {
            Letter l = model.letterProperty().get();
            chips.getChildren().clear();
            if (l == null || l.blanks().isEmpty()) {
                return;
            }
            Label heading = new Label(m.get("letters.blanks.heading"));
            heading.getStyleClass().add("warning");
            chips.getChildren().add(heading);
            for (String blank : l.blanks()) {
                Button chip = new Button(blank);
                chip.getStyleClass().add("letter-blank");
                chip.setStyle("-fx-background-color: #fff3a0; -fx-border-color: #d4a800;");
                chip.setOnAction(e -> select(text, blank));
                chips.getChildren().add(chip);
            }
        };
        model.letterProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        chips.visibleProperty().bind(Bindings.isNotEmpty(chips.getChildren()));
        chips.managedProperty().bind(chips.visibleProperty());
        return chips;
    }

    /** Selects the first occurrence of a blank in the text (the selection is the highlight). */
    static void select(TextArea text, String blank) {
        int at = text.getText() == null ? -1 : text.getText().indexOf(blank);
        if (at >= 0) {
            text.requestFocus();
            text.selectRange(at, at + blank.length());
        }
    }

    @Override
    public void onEnteringPage(Wizard wizard) {
        Letter l = model.letterProperty().get();
        if (l != null && !l.blanks().isEmpty() && getContent() instanceof VBox box) {
            box.getChildren().stream().filter(n -> n instanceof TextArea).map(n -> (TextArea) n).findFirst()
                    .ifPresent(t -> javafx.application.Platform.runLater(() -> select(t, l.blanks().get(0))));
        }
        WizardButtons.localise(this, model.messages());
        wizard.invalidProperty().bind(model.letterEmptyProperty());
    }

    @Override
    public void onExitingPage(Wizard wizard) {
        wizard.invalidProperty().unbind();
    }
}

package org.refunddesk.ui.settings;

import java.util.List;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.refunddesk.rules.i18n.Messages;

/** Settings: language (after a restart), the helper's name, reminder lead times. Binds to {@link SettingsViewModel}. */
public final class SettingsDialog extends Dialog<ButtonType> {
    /** Width of the notes and the folder field: the dialog fits a 1024x700 screen in either language. */
    private static final double NOTE_WIDTH = 440;
    /** The form's grid, which {@link #addRow} extends. */
    private GridPane form;

    /** Pages other features add (the team server); saved with the dialog. */
    private final List<Runnable> pageSaves = new java.util.ArrayList<>();
    private javafx.beans.binding.BooleanExpression invalid;
    private ButtonType save;
    private final Messages messages;

    public SettingsDialog(Window owner, SettingsViewModel model, Messages messages) {
        this(owner, model, messages, false);
    }

    /** {@code switchesAtOnce}: the window changes language when saved (else at the next start). */
    public SettingsDialog(Window owner, SettingsViewModel model, Messages messages, boolean switchesAtOnce) {
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("ui.settings.title"));
        getDialogPane().setId("settingsDialog");

        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("settingsLanguage");
        language.getItems().setAll(List.of(UiPreferences.LANGUAGE_CHINESE, UiPreferences.LANGUAGE_ENGLISH));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : model.languageLabel(code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());

        TextField helperName = new TextField();
        helperName.setId("settingsHelperName");
        helperName.textProperty().bindBidirectional(model.helperNameProperty());

        TextField leadTimes = new TextField();
        leadTimes.setId("settingsLeadTimes");
        leadTimes.textProperty().bindBidirectional(model.leadTimesProperty());
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(leadTimes, false, (control, value) -> ValidationResult.fromErrorIf(
                control, model.leadTimesErrorProperty().get(), !model.leadTimesErrorProperty().get().isEmpty()));

        TextField autoErase = new TextField();
        autoErase.setId("settingsAutoEraseMonths");
        autoErase.setPrefColumnCount(4);
        autoErase.textProperty().bindBidirectional(model.autoEraseMonthsProperty());
        validation.registerValidator(autoErase, false, (control, value) -> ValidationResult.fromErrorIf(
                control, model.autoEraseErrorProperty().get(), !model.autoEraseErrorProperty().get().isEmpty()));
        Label autoEraseNote = new Label(messages.get("privacy.autoErase.note"));
        autoEraseNote.getStyleClass().add("hint");
        autoEraseNote.setWrapText(true);
        // a long English note would otherwise widen the dialog past a 1024-pixel screen
        autoEraseNote.setPrefWidth(NOTE_WIDTH);
        autoEraseNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField autoBackupFolder = new TextField();
        autoBackupFolder.setId("settingsAutoBackupFolder");
        autoBackupFolder.textProperty().bindBidirectional(model.autoBackupFolderProperty());
        autoBackupFolder.setPromptText(messages.get("recovery.settings.folder.default"));
        autoBackupFolder.setPrefWidth(NOTE_WIDTH);

        Label restartNote = new Label(messages.get(switchesAtOnce ? "ui.settings.language.atOnce"
                : "ui.settings.language.restart"));
        restartNote.getStyleClass().add("hint");

        GridPane grid = new GridPane();
        form = grid;
        grid.getStyleClass().add("form");
        grid.addRow(0, labelFor(messages.get("ui.settings.language"), language), language);
        grid.add(restartNote, 1, 1);
        grid.addRow(2, labelFor(messages.get("ui.settings.helperName"), helperName), helperName);
        grid.addRow(3, labelFor(messages.get("ui.settings.leadTimes"), leadTimes), leadTimes);
        grid.addRow(4, labelFor(messages.get("privacy.autoErase.label"), autoErase), autoErase);
        grid.add(autoEraseNote, 1, 5);
        grid.addRow(6, labelFor(messages.get("recovery.settings.folder"), autoBackupFolder), autoBackupFolder);
        getDialogPane().setContent(grid);

        save = new ButtonType(messages.get("ui.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        invalid = model.invalidProperty();
        getDialogPane().lookupButton(save).disableProperty().bind(invalid);
        setResultConverter(button -> {
            if (button == save) {
                model.save();
                pageSaves.forEach(Runnable::run);
            }
            return button;
        });
    }

    /** Adds a row below the others: a feature's own setting (e.g. encryption). */
    public void addRow(String label, javafx.scene.Node content) {
        form.addRow(form.getRowCount(), labelFor(label, content), content);
    }

    /**
     * Adds a page: the settings become tabs (the first, General, holds the fields above). {@code pageInvalid} keeps
     * Save disabled while the page has a wrong field; {@code onSave} runs when the dialog is saved.
     */
    public void addPage(String id, String title, javafx.scene.Node page, javafx.beans.binding.BooleanExpression pageInvalid,
                        Runnable onSave) {
        javafx.scene.control.TabPane tabs;
        if (getDialogPane().getContent() instanceof javafx.scene.control.TabPane existing) {
            tabs = existing;
        } else {
            javafx.scene.control.Tab general = new javafx.scene.control.Tab(messages.get("ui.settings.general"),
                    getDialogPane().getContent());
            general.setId("settingsGeneralTab");
            general.setClosable(false);
            tabs = new javafx.scene.control.TabPane(general);
            tabs.setId("settingsTabs");
            getDialogPane().setContent(tabs);
        }
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title, page);
        tab.setId(id);
        tab.setClosable(false);
        tabs.getTabs().add(tab);
        invalid = invalid.or(pageInvalid);
        getDialogPane().lookupButton(save).disableProperty().bind(invalid);
        pageSaves.add(onSave);
    }

    private static Label labelFor(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return label;
    }
}

package org.refunddesk.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.refunddesk.rules.i18n.Messages;

/**
 * The settings form: a copy of the preferences that is written back only on {@link #save()}, so
 * cancelling the dialog changes nothing.
 */
public final class SettingsViewModel {
    private final UiPreferences preferences;
    private final Messages messages;
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty helperName = new SimpleStringProperty();
    private final StringProperty leadTimes = new SimpleStringProperty();
    private final StringProperty autoEraseMonths = new SimpleStringProperty();
    private final StringBinding autoEraseError;
    private final StringProperty autoBackupFolder = new SimpleStringProperty();
    private final StringBinding leadTimesError;
    private final BooleanBinding invalid;

    public SettingsViewModel(UiPreferences preferences, Messages messages) {
        this.preferences = preferences;
        this.messages = messages;
        language.set(preferences.language());
        helperName.set(preferences.helperNameProperty().get());
        leadTimes.set(UiPreferences.formatLeadTimes(preferences.leadTimesHoursProperty().get()));
        autoBackupFolder.set(preferences.autoBackupFolder());
        leadTimesError = Bindings.createStringBinding(
                () -> UiPreferences.parseLeadTimes(leadTimes.get()).isPresent()
                        ? "" : messages.get("ui.settings.leadTimes.invalid"),
                leadTimes);
        autoEraseMonths.set(String.valueOf(preferences.autoEraseClosedMonths()));
        autoEraseError = Bindings.createStringBinding(
                () -> parseMonths(autoEraseMonths.get()) >= 0 ? "" : messages.get("privacy.autoErase.invalid"),
                autoEraseMonths);
        invalid = leadTimesError.isNotEmpty().or(autoEraseError.isNotEmpty());
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty helperNameProperty() {
        return helperName;
    }

    /** The automatic backups' folder; empty means the default, {@code <data folder>/backups}. */
    public StringProperty autoBackupFolderProperty() {
        return autoBackupFolder;
    }

    public StringProperty leadTimesProperty() {
        return leadTimes;
    }

    /** Empty when the lead times are fine, else the message to show next to the field. */
    public StringBinding leadTimesErrorProperty() {
        return leadTimesError;
    }

    /** Months after which closed cases are erased automatically; 0 (the default) never. */
    public StringProperty autoEraseMonthsProperty() {
        return autoEraseMonths;
    }

    public StringBinding autoEraseErrorProperty() {
        return autoEraseError;
    }

    /** 0-600 months; -1 for anything else. */
    private static int parseMonths(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        return t.matches("\\d{1,3}") && Integer.parseInt(t) <= 600 ? Integer.parseInt(t) : -1;
    }

    public BooleanBinding invalidProperty() {
        return invalid;
    }

    /** Writes the form into the preferences; refused (false, nothing written) while invalid. */
    public boolean save() {
        if (invalid.get()) {
            return false;
        }
        preferences.languageProperty().set(language.get());
        preferences.helperNameProperty().set(helperName.get() == null ? "" : helperName.get().trim());
        preferences.setAutoBackupFolder(autoBackupFolder.get());
        preferences.leadTimesHoursProperty().set(UiPreferences.parseLeadTimes(leadTimes.get()).orElseThrow());
        preferences.setAutoEraseClosedMonths(parseMonths(autoEraseMonths.get()));
        return true;
    }

    /** The label of a language choice, in the current UI language. */
    public String languageLabel(String code) {
        return messages.get("ui.settings.language." + code);
    }
}
